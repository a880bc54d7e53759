package org.baobiao.etl.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.Test;

class InterfaceCatalogKindTest {
  private final InterfaceCatalogKind kind = new InterfaceCatalogKind();
  private final ReferenceData ref = ReferenceData.of(Set.of("441700001"), Set.of("441700001/HIS"));
  private final HeaderMap header =
      HeaderMap.of(
          record(1, "机构代码,接口编码,接口名称,发送方系统,接收方系统,方向,每日最少成功数,上报时限小时,系统编码,启用日期,停用日期"), kind.columns());

  private static SourceRecord record(long line, String csv) {
    return new SourceRecord("interfaces.csv", line, line - 2, csv.split(",", -1), csv);
  }

  @Test
  void aCatalogRowNamesWhatAnInterfaceIsMeasuredAgainst() {
    Object[] v =
        kind.map(
            record(2, "441700001,MCH-UP,孕产妇建档上传,妇幼系统,省平台,OUTBOUND,1,24,HIS,2026-01-01,"),
            header,
            ref);
    assertThat(v)
        .containsExactly(
            "441700001",
            "MCH-UP",
            "孕产妇建档上传",
            "妇幼系统",
            "省平台",
            "OUTBOUND",
            null,
            1,
            24,
            "HIS",
            LocalDate.of(2026, 1, 1),
            null);
  }

  @Test
  void badRowsSayWhatIsWrongWithEachField() {
    assertThatThrownBy(
            () ->
                kind.map(
                    record(3, "441700001,MCH UP,上传,a,b,UPLOAD,-1,0,LIS,2026-05-01,2026-04-30"),
                    header,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(e.rejects())
                    .extracting(r -> r.field() + " " + r.value() + " " + r.reasonCode())
                    .containsExactly(
                        "interface_id MCH UP BAD_FORMAT",
                        "direction UPLOAD BAD_CODE",
                        "daily_minimum -1 BAD_NUMBER",
                        "deadline_hours 0 BAD_NUMBER",
                        "active_to 2026-04-30 INCONSISTENT",
                        "system_code LIS UNKNOWN_SYSTEM"));
  }
}
