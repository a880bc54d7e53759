package org.baobiao.jobs.request;

/**
 * How long a delivery may be downloaded.
 *
 * @param validDays days the download stays valid after delivery (default 7)
 * @param maxDownloads downloads allowed (default 3)
 */
public record RequestPolicy(int validDays, int maxDownloads) {
  public RequestPolicy {
    if (validDays < 1 || validDays > 90) {
      throw new IllegalArgumentException("下载有效期应为 1–90 天，实为 " + validDays);
    }
    if (maxDownloads < 1 || maxDownloads > 20) {
      throw new IllegalArgumentException("下载次数应为 1–20 次，实为 " + maxDownloads);
    }
  }

  /** 7 days, 3 downloads. */
  public static RequestPolicy defaults() {
    return new RequestPolicy(7, 3);
  }
}
