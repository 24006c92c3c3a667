using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Ecs.Resources;

/// <summary>
/// One tenant's view of one region: the grains of its resources, and lookups that answer null for a missing id, an id
/// of the wrong shape and another tenant's (or another region's) resource alike, so callers cannot tell them apart.
/// </summary>
/// <remarks>
/// Ids are checked for shape, then against the tenant's directory, before the id's grain is touched: neither a garbage id
/// nor a well-formed id the tenant does not have activates a grain.
/// </remarks>
public sealed class TenantRegion(IGrainFactory grains, ResourceOwner owner, WhatIfScenarioInfo? scenario = null)
{
    /// <summary>The longest id accepted; SgGrid's ids are at most 25 characters.</summary>
    public const int MaxIdLength = 64;

    public ResourceOwner Owner { get; } = owner ?? throw new ArgumentNullException(nameof(owner));

    public IGrainFactory Grains { get; } = grains ?? throw new ArgumentNullException(nameof(grains));

    public string AccountId => Owner.AccountId;

    /// <summary>The what-if scenario whose staging copy this view acts on (its grains are scoped), or null for production.</summary>
    public WhatIfScenarioInfo? Scenario { get; } = scenario;

    public string RegionId => Owner.RegionId;

    public IAccountRegionDirectoryGrain Directory => Grains.GetAccountRegionDirectory(Owner);

    public IConnectionEvaluatorGrain Evaluator => Grains.GetCachedGrain<IConnectionEvaluatorGrain>(ConnectionEvaluators.Key);

    public ISecurityGroupGrain SecurityGroup(string id) => Grains.GetCachedGrain<ISecurityGroupGrain>(id);

    public INetworkInterfaceGrain NetworkInterface(string id) => Grains.GetCachedGrain<INetworkInterfaceGrain>(id);

    public IInstanceGrain Instance(string id) => Grains.GetCachedGrain<IInstanceGrain>(id);

    public IVpcGrain Vpc(string id) => Grains.GetCachedGrain<IVpcGrain>(id);

    public IVSwitchGrain VSwitch(string id) => Grains.GetCachedGrain<IVSwitchGrain>(id);

    public IPrefixListGrain PrefixList(string id) => Grains.GetCachedGrain<IPrefixListGrain>(id);

    /// <summary>Why the security group may not change here: a scenario changes only the groups in its scope.</summary>
    public EcsError? ScenarioRefusal(string securityGroupId) =>
        Scenario is { } staged && !staged.InScope(securityGroupId)
            ? new EcsError(EcsErrorCodes.SecurityGroupOutOfScenario, $"The security group {securityGroupId} is not in the scope of what-if scenario {staged.ScenarioId}; only {string.Join(", ", staged.SecurityGroupIds)} can change there.")
            : null;

    /// <summary>Whether <paramref name="id"/> could be an id SgGrid made with <paramref name="prefix"/>.</summary>
    public static bool IsId(string? id, string prefix) => id is not null && id.Length <= MaxIdLength && ResourceIds.HasShape(id, prefix);

    /// <summary>
    /// Whether the tenant's directory of this region lists <paramref name="id"/> as a <paramref name="kind"/>: asked before
    /// the id's own grain, so an id never seen and another tenant's id take the same path (one call to the caller's own
    /// directory) and neither activates a grain — their cost cannot tell them apart (docs/semantics.md, "Tenants' ids").
    /// </summary>
    public async Task<bool> IsListedAsync(ResourceKind kind, string id) =>
        (await Directory.ListAsync(new ResourceQuery { Kind = kind, Ids = [id], PageSize = 1 })).TotalCount > 0;

    public async Task<SecurityGroupInfo?> FindSecurityGroupAsync(string id) =>
        IsId(id, ResourceIds.SecurityGroupPrefix) && await IsListedAsync(ResourceKind.SecurityGroup, id)
            && await SecurityGroup(id).GetInfoAsync() is { } info && info.Owner == Owner ? info : null;

    public async Task<NetworkInterfaceInfo?> FindNetworkInterfaceAsync(string id) =>
        IsId(id, ResourceIds.NetworkInterfacePrefix) && await IsListedAsync(ResourceKind.NetworkInterface, id)
            && await NetworkInterface(id).GetInfoAsync() is { } info && info.Owner == Owner ? info : null;

    public async Task<InstanceInfo?> FindInstanceAsync(string id) =>
        IsId(id, ResourceIds.InstancePrefix) && await IsListedAsync(ResourceKind.Instance, id)
            && await Instance(id).GetInfoAsync() is { } info && info.Owner == Owner ? info : null;

    public async Task<VpcInfo?> FindVpcAsync(string id) =>
        IsId(id, ResourceIds.VpcPrefix) && await IsListedAsync(ResourceKind.Vpc, id) ? await Vpc(id).GetInfoAsync(Owner) : null;

    public async Task<VSwitchInfo?> FindVSwitchAsync(string id) =>
        IsId(id, ResourceIds.VSwitchPrefix) && await IsListedAsync(ResourceKind.VSwitch, id) ? await VSwitch(id).GetInfoAsync(Owner) : null;

    public async Task<PrefixListInfo?> FindPrefixListAsync(string id) =>
        IsId(id, ResourceIds.PrefixListPrefix) && await IsListedAsync(ResourceKind.PrefixList, id) ? await PrefixList(id).GetInfoAsync(Owner) : null;
}
