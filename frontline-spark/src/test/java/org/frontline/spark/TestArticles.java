package org.frontline.spark;

import org.apache.spark.sql.SparkSession;

/** What the Spark ITs share: the session they run the job in, and the reports they give it as JSONL lines. */
final class TestArticles {
    /** A French report of a regained town (Khanasir, the founding report's story), with a source and a month. */
    static final String KHANASIR = "{\"id\": \"khanasir\", \"text\": \"Les forces gouvernementales syriennes ont "
            + "repris le contrôle de Khanacer, au sud-est d'Alep, après des combats avec le front al-Nosra, selon "
            + "l'OSDH.\", \"published\": \"2018-01\", \"language\": \"fr\"}";
    /** An English report of shelling with three dead, dated to the day. */
    static final String RAQQA = "{\"id\": \"raqqa\", \"text\": \"Turkish forces shelled the town of Ain Issa, north "
            + "of Raqqa, on Monday, killing three civilians, according to the Syrian Observatory for Human Rights.\", "
            + "\"published\": \"2019-10-14\"}";
    /** A report with no event. */
    static final String WEATHER = "{\"id\": \"weather\", \"text\": \"The weather in Lyon was mild and sunny all "
            + "week.\"}";

    private TestArticles() {
    }

    /** Spark local mode on two cores, as the ITs run the job. */
    static SparkSession localSpark(String appName) {
        return SparkSession.builder().master("local[2]").appName(appName)
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }
}
