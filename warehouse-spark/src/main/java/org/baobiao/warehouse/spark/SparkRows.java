package org.baobiao.warehouse.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.baobiao.warehouse.error.WarehouseException;

/** Converts the warehouse's Java row values into Spark rows of a table's schema. */
public final class SparkRows {
  private SparkRows() {}

  /**
   * One row of {@code schema} from values in its column order (Long, Integer, String, BigDecimal,
   * LocalDate, LocalDateTime, Double, Boolean or null).
   *
   * @param table the table, for messages
   */
  public static Row toRow(String table, StructType schema, Object[] values) {
    StructField[] fields = schema.fields();
    if (values.length != fields.length) {
      throw new WarehouseException(
          "表 " + table + " 有 " + fields.length + " 列，写入的行有 " + values.length + " 个值");
    }
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = toSpark(fields[i].dataType(), values[i]);
    }
    return RowFactory.create(out);
  }

  /** Converts a Java value to the external type Spark expects for a column type. */
  static Object toSpark(DataType type, Object v) {
    if (v == null) {
      return null;
    }
    if (type.equals(DataTypes.IntegerType)) {
      return ((Number) v).intValue();
    }
    if (type.equals(DataTypes.LongType)) {
      return ((Number) v).longValue();
    }
    if (type.equals(DataTypes.ShortType)) {
      return ((Number) v).shortValue();
    }
    if (type.equals(DataTypes.DoubleType)) {
      return ((Number) v).doubleValue();
    }
    if (type instanceof DecimalType d) {
      BigDecimal b = v instanceof BigDecimal bd ? bd : new BigDecimal(v.toString());
      return b.setScale(d.scale(), RoundingMode.HALF_UP);
    }
    if (type.equals(DataTypes.StringType)) {
      return v.toString();
    }
    if (type.equals(DataTypes.TimestampNTZType)) {
      return (LocalDateTime) v;
    }
    if (type.equals(DataTypes.DateType)) {
      return (LocalDate) v;
    }
    return v;
  }
}
