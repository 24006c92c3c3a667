using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Simulation.Binding;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Analysis;

namespace SgGrid.Api.Simulation.Actions;

/// <summary>
/// DescribeEffectiveRules (SgGrid 2026-11-28): an ENI's rules in evaluation order — every group's rules pooled, priority
/// first, drop before accept — with the implicit entries (platform rules, intra-group trust, the default) where they sit.
/// <c>NetworkInterfaceId</c> or <c>InstanceId</c>; <c>Direction</c> ingress, egress or all (default).
/// </summary>
public sealed class DescribeEffectiveRules : IRpcAction
{
    public string Name => nameof(DescribeEffectiveRules);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var (networkInterfaceId, instanceId) = NetworkInterfaceTarget.Read(reader);
        var directionText = reader.Optional("Direction", 16);
        if (reader.Error is { } error)
        {
            return error;
        }

        Direction? only = null;
        if (directionText is not null && !directionText.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            if (!EnumParsers.TryParseDirection(directionText, out var parsed))
            {
                return ApiErrors.Malformed("Direction", "It must be ingress, egress or all.");
            }

            only = parsed;
        }

        var (info, findError) = await NetworkInterfaceTarget.FindAsync(region!, networkInterfaceId, instanceId);
        if (findError is not null)
        {
            return findError;
        }

        var eni = region!.NetworkInterface(info!.NetworkInterfaceId);
        EntryList? ingress = null, egress = null;
        string? version = null, type = null;
        foreach (var direction in new[] { Direction.Ingress, Direction.Egress }.Where(d => only is null || only == d))
        {
            var rules = await eni.GetEffectiveRulesAsync(direction);
            if (!rules.Succeeded)
            {
                return RpcResult.Fail(rules.Errors);
            }

            (version, type) = (rules.Value!.FilterVersion, rules.Value.GroupType);
            var list = new EntryList([.. rules.Value.Entries.Select(Entry.From)]);
            (ingress, egress) = direction == Direction.Ingress ? (list, egress) : (ingress, list);
        }

        return RpcResult.Ok(new Response(info.NetworkInterfaceId, info.InstanceId, [.. info.SecurityGroupIds], type!, version!, ingress, egress));
    }

    public sealed record Response(
        string NetworkInterfaceId,
        string? InstanceId,
        IReadOnlyList<string> SecurityGroupIds,
        string SecurityGroupType,
        string FilterVersion,
        EntryList? Ingress,
        EntryList? Egress);

    public sealed record EntryList(IReadOnlyList<Entry> Entry);

    public sealed record Entry(
        int Position,
        string Kind,
        string Verdict,
        string? SecurityGroupId,
        string? SecurityGroupRuleId,
        int? Priority,
        string? Policy,
        string? Protocol,
        string? PortRange,
        string? SourcePortRange,
        string? Remote,
        IReadOnlyList<string> RemoteCidrs,
        int RemoteCidrCount,
        string? LocalCidr,
        string? Description,
        string? Name)
    {
        public static Entry From(EffectiveRuleEntry e) => new(e.Position, e.Kind, e.Allows ? "Allow" : "Deny", e.SecurityGroupId, e.SecurityGroupRuleId,
            e.Priority, e.Policy, e.Protocol, e.PortRange, e.SourcePortRange, e.Remote, e.RemoteCidrs, e.RemoteCidrCount, e.LocalCidr, e.Description, e.Name);
    }
}
