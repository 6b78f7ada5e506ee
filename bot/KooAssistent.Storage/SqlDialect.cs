namespace KooAssistent.Storage;

/// <summary>
/// The few places where SQLite and PostgreSQL spell the same thing differently; every other statement of the shared
/// stores is written once, in SQL both run.
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(
        jsonText: (column, property) => $"json_extract({column}, '$.{property}')",
        isAnyOf: (column, parameter) => $"{column} IN @{parameter}",
        lockSkippingLocked: string.Empty,
        tablesWithColumn: "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = @column ORDER BY m.name",
        columnsOfTable: "SELECT name FROM pragma_table_info(@table) ORDER BY cid");

    public static readonly SqlDialect Postgres = new(
        jsonText: (column, property) => $"({column}::jsonb ->> '{property}')",
        isAnyOf: (column, parameter) => $"{column} = ANY(@{parameter})",
        lockSkippingLocked: "FOR UPDATE OF {0} SKIP LOCKED",
        tablesWithColumn: "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = @column ORDER BY table_name",
        columnsOfTable: "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position");

    private readonly Func<string, string, string> jsonText;
    private readonly Func<string, string, string> isAnyOf;
    private readonly string lockSkippingLocked;

    private SqlDialect(Func<string, string, string> jsonText, Func<string, string, string> isAnyOf, string lockSkippingLocked, string tablesWithColumn, string columnsOfTable)
    {
        this.jsonText = jsonText;
        this.isAnyOf = isAnyOf;
        this.lockSkippingLocked = lockSkippingLocked;
        TablesWithColumn = tablesWithColumn;
        ColumnsOfTable = columnsOfTable;
    }

    /// <summary>Names of the tables that have the column <c>@column</c>, found in the schema so a table added later is not missed.</summary>
    public string TablesWithColumn { get; }

    /// <summary>Names of the columns of the table <c>@table</c>, in their declared order.</summary>
    public string ColumnsOfTable { get; }

    /// <summary>The text value of a top-level property of the JSON stored in <paramref name="column"/>.</summary>
    public string JsonText(string column, string property) => jsonText(column, property);

    /// <summary>
    /// Whether <paramref name="column"/> equals one of the values in the list parameter <paramref name="parameter"/>.
    /// Dapper spreads a list into <c>IN (@p1, @p2, …)</c> for SQLite, but hands it to Npgsql as one array.
    /// </summary>
    public string IsAnyOf(string column, string parameter) => isAnyOf(column, parameter);

    /// <summary>
    /// What ends a SELECT in a write transaction so rows another transaction is claiming are skipped, not waited for.
    /// Empty on SQLite, whose writes take turns anyway (one writer, the group commit).
    /// </summary>
    public string LockSkippingLocked(string tableAlias) => string.Format(System.Globalization.CultureInfo.InvariantCulture, lockSkippingLocked, tableAlias);
}
