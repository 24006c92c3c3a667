using SgGrid.Domain.Validation;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="PermissionRequest"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.permission")]
public struct PermissionRequestSurrogate
{
    [Id(0)] public string? IpProtocol;
    [Id(1)] public string? PortRange;
    [Id(2)] public string? SourcePortRange;
    [Id(3)] public string? SourceCidrIp;
    [Id(4)] public string? Ipv6SourceCidrIp;
    [Id(5)] public string? DestCidrIp;
    [Id(6)] public string? Ipv6DestCidrIp;
    [Id(7)] public string? SourceGroupId;
    [Id(8)] public string? SourceGroupOwnerAccount;
    [Id(9)] public string? SourceGroupOwnerId;
    [Id(10)] public string? SourcePrefixListId;
    [Id(11)] public string? DestGroupId;
    [Id(12)] public string? DestGroupOwnerAccount;
    [Id(13)] public string? DestGroupOwnerId;
    [Id(14)] public string? DestPrefixListId;
    [Id(15)] public string? Policy;
    [Id(16)] public string? Priority;
    [Id(17)] public string? NicType;
    [Id(18)] public string? Description;
    [Id(19)] public string? PortRangeListId;
}
