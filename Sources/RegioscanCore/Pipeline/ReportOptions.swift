/// What `regioscan rapport` is asked to do.
public struct ReportOptions: Sendable {
    public var input: String
    public var output: String
    public var year: Int?
    public var strict: Bool
    /// The folder with the report templates; by default the templates shipped with the program.
    public var templates: String?
    /// Creation time stamped into the workbooks (`SOURCE_DATE_EPOCH`); by default noon on 31 December of the year.
    public var creationTime: Int?
    /// `--vergelijk-met`: an earlier scan year in the input, or the folder of an earlier output.
    public var compareWith: String?

    public init(input: String = "Input", output: String = "Output", year: Int? = nil, strict: Bool = false,
                templates: String? = nil, creationTime: Int? = nil, compareWith: String? = nil) {
        self.input = input
        self.output = output
        self.year = year
        self.strict = strict
        self.templates = templates
        self.creationTime = creationTime
        self.compareWith = compareWith
    }
}
