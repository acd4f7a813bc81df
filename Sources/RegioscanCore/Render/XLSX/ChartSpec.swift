/// A native chart over the rows of a block.
struct ChartSpec {
    enum Kind {
        case bar
        case stackedPercent
        /// A scatter chart of two class columns with the first column as labels (figure 05).
        case quadrant
    }

    var kind: Kind
    var title: String
    var block: Int
    var categoryColumn: Int
    var valueColumns: [Int]
    var valueAxis: String?
    var categoryAxis: String?
    /// Per-category colours (bars coloured by group), in row order.
    var pointColours: [UInt32]?
    var seriesColours: [UInt32] = []
    var percentAxis = false
    /// Fixed point labels (the quadrant's archetype names), in row order.
    var labels: [String] = []
    /// The quadrant's number of classes per axis: its axes run from 0.5 to `classCount` + 0.5.
    var classCount = 0
    /// The quadrant's block of class ticks (name, position, edge), whose names label the axes.
    var tickBlock: Int?
    /// The class names, in the tick block's row order.
    var tickLabels: [String] = []
}
