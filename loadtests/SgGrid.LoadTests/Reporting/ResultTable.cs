namespace SgGrid.LoadTests.Reporting;

/// <summary>A titled table of text cells (the first row of cells is under <see cref="Columns"/>).</summary>
internal sealed record ResultTable(string Title, IReadOnlyList<string> Columns, List<IReadOnlyList<string>> Rows);
