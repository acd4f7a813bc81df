extension ReportMaterials {
    /// The charts of the chapter "Ontwikkeling sinds …", when the run compares with an earlier scan.
    var developmentCharts: DevelopmentCharts? {
        comparison.map {
            DevelopmentCharts(comparison: $0, texts: texts,
                              notice: dataset.settings.isSampleData ? texts.notes["voorbeelddata_kort"] : nil)
        }
    }
}
