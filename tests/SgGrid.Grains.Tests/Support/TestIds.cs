using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Tests.Support;

/// <summary>Fresh ids and tenants per test, so tests share the cluster without seeing each other.</summary>
internal static class TestIds
{
    public static string Vpc() => ResourceIds.NewVpcId(Random.Shared);

    public static string VSwitch() => ResourceIds.NewVSwitchId(Random.Shared);

    public static string PrefixList() => ResourceIds.NewPrefixListId(Random.Shared);

    public static string SecurityGroup() => ResourceIds.NewSecurityGroupId(Random.Shared);

    public static string NetworkInterface() => ResourceIds.NewNetworkInterfaceId(Random.Shared);

    public static string Instance() => ResourceIds.NewInstanceId(Random.Shared);

    /// <summary>A new account in cn-hangzhou.</summary>
    public static ResourceOwner Tenant() => new(Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture), "cn-hangzhou");
}
