using SgGrid.Domain.Validation;
using SgGrid.Grains.Hosting;

namespace SgGrid.LoadTests.Hosting;

/// <summary>Grain options of the in-process cluster: quotas lifted so synthetic regions of any size fit.</summary>
internal static class HarnessGrains
{
    public static SecurityGroupQuotas LiftedQuotas { get; } = new()
    {
        SecurityGroupsPerRegion = 10_000_000,
        RulesPerGroup = 100_000,
        RulesPerNetworkInterface = 100_000,
        PermissionsPerCall = 100_000,
        GroupReferenceRulesPerGroup = 1_000,
        NetworkInterfacesPerAdvancedGroup = 10_000_000,
        PrivateIpsPerBasicGroup = 10_000_000,
    };

    public static void Configure(SgGridGrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Quotas = LiftedQuotas;
    }
}
