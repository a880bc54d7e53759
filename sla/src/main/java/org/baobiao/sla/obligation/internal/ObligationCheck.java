package org.baobiao.sla.obligation.internal;

import java.util.List;
import org.baobiao.sla.obligation.ObligationResult;

/** The check of one obligation of a contract: one implementation per obligation kind. */
public interface ObligationCheck {

  /** What the contract requires in each period, in Chinese. */
  String required();

  /** One result per due period, in period order. */
  List<ObligationResult> evaluate();
}
