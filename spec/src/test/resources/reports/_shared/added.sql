bundled added
