namespace SgGrid.LoadTests.Reporting;

/// <summary>One measured number: a stable machine name (camelCase), a label for people, the value and its unit.</summary>
internal sealed record Figure(string Name, string Label, double Value, string Unit);
