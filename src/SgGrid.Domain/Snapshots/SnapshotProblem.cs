namespace SgGrid.Domain.Snapshots;

/// <summary>
/// One reason a snapshot cannot be loaded: where (a JSON path into the bundle, e.g.
/// <c>$.DescribeNetworkInterfaces[0].NetworkInterfaceSets.NetworkInterfaceSet[12].VSwitchId</c>), the ECS code, and why.
/// </summary>
public sealed record SnapshotProblem(string Path, string Code, string Message)
{
    public override string ToString() => $"{Path}: {Code}: {Message}";
}
