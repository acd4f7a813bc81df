import Testing
@testable import RegioscanCore

/// Each figure's one definition agrees with what its builder computes, so renderers may trust the declared kind,
/// series and scopes.
@Suite("Figuurdefinities")
struct FigureDefinitionTests {
    @Test func declaredSeriesAndScopesMatchTheComputedFigures() {
        let figures = ChartTruthTests.figures
        for id in figures.ids {
            let definition = FigureDefinitions.definition(of: id)
            let figure = figures[id]
            #expect(definition.id == id)
            #expect(figure.id == id)
            #expect(definition.series.contains(definition.chartSeries), "\(id)")
            let rowSeries = Set(figure.rows.map(\.series))
            #expect(rowSeries.isSubset(of: Set(definition.series)), "\(id): \(rowSeries)")
            if id != .keyFigures { #expect(figure.series == definition.series, "\(id)") }
            let scopes = Set(figure.rows.map(\.province))
            switch definition.coverage {
            case .national: #expect(scopes == [FigureRow.national], "\(id)")
            case .perProvince: #expect(!scopes.contains(FigureRow.national), "\(id)")
            case .both: #expect(scopes.contains(FigureRow.national) && scopes.count > 1, "\(id)")
            }
        }
    }

    @Test func renderersFindEveryKind() {
        let kinds = Set(FigureID.allCases.map(\.kind))
        for kind in [FigureKind.bars, .groupedBars, .stackedShares, .panels, .network, .quadrant, .table(.keyFigures)] {
            #expect(kinds.contains(kind), "\(kind)")
        }
    }
}
