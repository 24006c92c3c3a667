using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.LoadTests.Regions;

/// <summary>
/// The domain's view of a built region, independent of the ENI grains: each ENI's effective policy built from its groups'
/// snapshots (read from the group grains), for the reference evaluator, and compiled, for the single-thread engine rate.
/// </summary>
internal sealed class RegionPolicies
{
    private readonly Dictionary<string, EffectivePolicy> _policies;
    private readonly Dictionary<string, (CompiledFilter Ingress, CompiledFilter Egress)> _compiled;

    private RegionPolicies(Dictionary<string, EffectivePolicy> policies, Dictionary<string, (CompiledFilter, CompiledFilter)> compiled)
    {
        _policies = policies;
        _compiled = compiled;
    }

    public EffectivePolicy Policy(string networkInterfaceId) => _policies[networkInterfaceId];

    public CompiledFilter Compiled(string networkInterfaceId, Domain.Rules.Direction direction) =>
        direction == Domain.Rules.Direction.Ingress ? _compiled[networkInterfaceId].Ingress : _compiled[networkInterfaceId].Egress;

    public static async Task<RegionPolicies> LoadAsync(IGrainFactory grains, IEnumerable<RegionNetworkInterface> enis, EmulationOptions emulation)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(enis);
        var list = enis.ToArray();
        var snapshots = new Dictionary<string, GroupSnapshot>(StringComparer.Ordinal);
        foreach (var groupId in list.SelectMany(e => e.GroupIds).Distinct(StringComparer.Ordinal))
        {
            snapshots[groupId] = await grains.GetGrain<ISecurityGroupGrain>(groupId).GetSnapshotAsync()
                ?? throw new InvalidOperationException($"Group {groupId} does not exist.");
        }

        var policies = new Dictionary<string, EffectivePolicy>(StringComparer.Ordinal);
        var compiled = new Dictionary<string, (CompiledFilter, CompiledFilter)>(StringComparer.Ordinal);
        var bySet = new Dictionary<string, (EffectivePolicy Policy, CompiledFilter Ingress, CompiledFilter Egress)>(StringComparer.Ordinal);
        foreach (var eni in list)
        {
            var key = string.Join(',', eni.GroupIds);
            if (!bySet.TryGetValue(key, out var entry))
            {
                var ordered = eni.GroupIds.Select(g => snapshots[g]).ToArray();
                var policy = EffectivePolicyBuilder.Build(ordered.Select(s => s.ToDomain()).ToArray(), new SnapshotResolver(ordered), emulation).GetValueOrThrow();
                var (ingress, egress) = RuleCompiler.Compile(policy);
                entry = (policy, ingress, egress);
                bySet[key] = entry;
            }

            policies[eni.Id] = entry.Policy;
            compiled[eni.Id] = (entry.Ingress, entry.Egress);
        }

        return new RegionPolicies(policies, compiled);
    }
}
