bundled common
