/**
 * Excel (.xlsx) in and out for the business-environment scoring SDK: programme ledgers and their data read from
 * workbooks laid out as offices keep them (Chinese or English headers), results written as formatted workbooks.
 */
module io.github.bizenv.scoring.excel {
  requires transitive io.github.bizenv.scoring.core;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports io.github.bizenv.scoring.excel;
}
