namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>
/// A region snapshot bundle: the answers of the ECS/VPC Describe* calls for one region, exactly as the SDKs and the aliyun
/// CLI print them, under the action's name — one answer or an array of answers (pages, or one answer per group or list).
/// Fields the answers carry that SgGrid does not model are ignored; <c>RequestId</c> and paging fields too.
/// </summary>
public sealed record RegionSnapshot
{
    /// <summary>The format's name and version; <see cref="FormatName"/> when written by SgGrid, optional when read.</summary>
    public string? SnapshotFormat { get; init; }

    /// <summary>The region the answers describe; optional (the import's RegionId decides).</summary>
    public string? RegionId { get; init; }

    public IReadOnlyList<DescribeVpcsAnswer> DescribeVpcs { get; init; } = [];
    public IReadOnlyList<DescribeVSwitchesAnswer> DescribeVSwitches { get; init; } = [];
    public IReadOnlyList<DescribePrefixListsAnswer> DescribePrefixLists { get; init; } = [];
    public IReadOnlyList<DescribePrefixListAttributesAnswer> DescribePrefixListAttributes { get; init; } = [];
    public IReadOnlyList<DescribeSecurityGroupsAnswer> DescribeSecurityGroups { get; init; } = [];
    public IReadOnlyList<DescribeSecurityGroupAttributeAnswer> DescribeSecurityGroupAttribute { get; init; } = [];
    public IReadOnlyList<DescribeNetworkInterfacesAnswer> DescribeNetworkInterfaces { get; init; } = [];
    public IReadOnlyList<DescribeInstancesAnswer> DescribeInstances { get; init; } = [];

    /// <summary>The <see cref="SnapshotFormat"/> SgGrid writes.</summary>
    public const string FormatName = "sggrid-region-snapshot/1";
}
