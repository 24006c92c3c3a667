namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One rule of DescribeSecurityGroupAttribute's <c>Permissions.Permission</c> (every field a string on the wire).</summary>
public sealed record SnapshotRule
{
    public string? SecurityGroupRuleId { get; init; }
    public string? Direction { get; init; }
    public string? IpProtocol { get; init; }
    public string? PortRange { get; init; }
    public string? SourcePortRange { get; init; }
    public string? Policy { get; init; }
    public string? Priority { get; init; }
    public string? NicType { get; init; }
    public string? Description { get; init; }
    public string? SourceCidrIp { get; init; }
    public string? Ipv6SourceCidrIp { get; init; }
    public string? SourceGroupId { get; init; }
    public string? SourceGroupOwnerAccount { get; init; }
    public string? SourcePrefixListId { get; init; }
    public string? DestCidrIp { get; init; }
    public string? Ipv6DestCidrIp { get; init; }
    public string? DestGroupId { get; init; }
    public string? DestGroupOwnerAccount { get; init; }
    public string? DestPrefixListId { get; init; }
    public string? CreateTime { get; init; }
}
