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

    public init(input: String = "Input", output: String = "Output", year: Int? = nil, strict: Bool = false,
                templates: String? = nil, creationTime: Int? = nil) {
        self.input = input
        self.output = output
        self.year = year
        self.strict = strict
        self.templates = templates
        self.creationTime = creationTime
    }
}
