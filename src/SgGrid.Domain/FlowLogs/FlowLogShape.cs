namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// What <see cref="FlowLogGenerator"/> makes: how many records, and the share of each kind besides traffic on the ports the
/// rules open (egress to the VPC and the internet, port scans from the internet, rejected attempts from inside the VPC).
/// </summary>
public sealed record FlowLogShape
{
    public int Seed { get; init; } = 1;
    public long Records { get; init; } = 10_000;
    public double EgressShare { get; init; } = 0.25;
    public double ScanShare { get; init; } = 0.05;
    public double RejectShare { get; init; } = 0.05;

    /// <summary>The first record's <c>start</c> (Unix seconds); each later record starts a second later per 1,000.</summary>
    public long StartUnixSeconds { get; init; } = 1_764_633_600;
}
