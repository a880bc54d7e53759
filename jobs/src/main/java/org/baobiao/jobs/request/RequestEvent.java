package org.baobiao.jobs.request;

import java.time.LocalDateTime;

/**
 * One row of a request's audit trail ({@code extraction_request_events}), never changed once
 * written.
 *
 * @param requestNo the request
 * @param actor who acted
 * @param client from where, or null
 * @param actedAt when, Asia/Shanghai
 * @param action what: 新建, 提交, 批准, 第二审批, 驳回, 撤回, 交付, 下载, 过期, 拒绝, 病案上报
 * @param stateBefore the state before, or null for a new request
 * @param stateAfter the state after
 * @param details what else matters (fields narrowed, reason, refusal message)
 * @param fileSha256 the file's SHA-256 for deliveries and downloads, else null
 */
public record RequestEvent(
    String requestNo,
    String actor,
    String client,
    LocalDateTime actedAt,
    String action,
    String stateBefore,
    String stateAfter,
    String details,
    String fileSha256) {}
