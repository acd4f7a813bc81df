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

    /// A figure has shares for comparing scopes exactly when its definition declares their base, and every
    /// share is its value over that base's key figure in the same scope.
    @Test func sharesFollowTheDeclaredBase() throws {
        let figures = ChartTruthTests.figures
        let keyFigures = figures[.keyFigures]
        var declared = 0
        for id in figures.ids {
            let figure = figures[id]
            guard let base = FigureDefinitions.definition(of: id).shares else {
                #expect(figure.scopeShares.isEmpty, "\(id)")
                continue
            }
            declared += 1
            #expect(!figure.scopeShares.isEmpty, "\(id)")
            for share in figure.scopeShares {
                let whole = try #require(keyFigures.value(province: share.province, category: base.keyFigure)?.count)
                let part: Int64
                if base == .initiatives {
                    part = Int64(try #require(figure.providerCounts[share.province]?.first { $0.name == share.category }).total)
                } else {
                    part = try #require(figure.value(province: share.province, series: share.series, category: share.category)?.count)
                }
                #expect(share.value == .share(part, of: whole), "\(id) \(share.province) \(share.category)")
            }
        }
        #expect(declared == 11)
        #expect(ProvinceComparisonBuilder.base(of: .reachPerSector) == .reach)
        #expect(ProvinceComparisonBuilder.base(of: .activitiesPerArchetype) == .activities)
    }

    @Test func renderersFindEveryKind() {
        let kinds = Set(FigureID.allCases.map(\.kind))
        for kind in [FigureKind.bars, .groupedBars, .stackedShares, .panels, .network, .quadrant, .table(.keyFigures)] {
            #expect(kinds.contains(kind), "\(kind)")
        }
    }
}
