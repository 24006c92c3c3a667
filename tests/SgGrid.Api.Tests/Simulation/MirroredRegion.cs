using System.Collections.Immutable;
using System.Text.Json;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Api.Tests.Simulation;

/// <summary>
/// A region built through the ECS actions and mirrored, as the test itself recorded it, in the domain: groups (type, policy,
/// rules in authorization order with the ids the API gave them), ENIs (addresses, groups in association order) and prefix
/// lists. <see cref="Reference"/> decides a flow with the domain's <see cref="ReferenceEvaluator"/> on that configuration.
/// A <see cref="Fork"/> mirrors a what-if scenario's staging copy: the same configuration, then changed through the
/// scenario's RegionId.
/// </summary>
internal sealed class MirroredRegion
{
    private readonly string _region;
    private readonly Dictionary<string, (SecurityGroupType Type, InnerAccessPolicy Policy, List<SecurityGroupRule> Rules)> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<NetworkAddress> Addresses, List<string> Groups)> _enis = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AddressSet> _prefixLists = new(StringComparer.Ordinal);

    /// <summary>Each ENI's policy as last built; every change the mirror records clears it.</summary>
    private readonly Dictionary<string, EffectivePolicy> _policies = new(StringComparer.Ordinal);

    private MirroredRegion(ApiRegion region, string regionId = ApiRegion.RegionId)
    {
        Api = region;
        _region = regionId;
    }

    public ApiRegion Api { get; }

    /// <summary>The RegionId the mirror's calls name: production's, or a scenario's.</summary>
    public string RegionId => _region;

    public IReadOnlyCollection<string> Groups => _groups.Keys;

    public IReadOnlyCollection<string> PrefixListIds => _prefixLists.Keys;

    /// <summary>A copy of this mirror acting through <paramref name="regionId"/> (a scenario cloned from this region now).</summary>
    public MirroredRegion Fork(string regionId)
    {
        var fork = new MirroredRegion(Api, regionId);
        foreach (var (id, group) in _groups)
        {
            fork._groups[id] = (group.Type, group.Policy, [.. group.Rules]);
        }

        foreach (var (id, eni) in _enis)
        {
            fork._enis[id] = ([.. eni.Addresses], [.. eni.Groups]);
        }

        foreach (var (id, list) in _prefixLists)
        {
            fork._prefixLists[id] = list;
        }

        return fork;
    }

    /// <summary>The rules the mirror holds for a group, in authorization order.</summary>
    public IReadOnlyList<SecurityGroupRule> RulesOf(string groupId) => _groups[groupId].Rules;

    public SecurityGroupType TypeOf(string groupId) => _groups[groupId].Type;

    public EcsClient Client => Api.Client;

    public IReadOnlyCollection<string> NetworkInterfaces => _enis.Keys;

    public static async Task<MirroredRegion> CreateAsync(EcsClient client, string vpcCidr = "10.0.0.0/16", string vSwitchCidr = "10.0.1.0/24") =>
        new(await ApiRegion.CreateAsync(client, vpcCidr, vSwitchCidr));

    public IReadOnlyList<NetworkAddress> AddressesOf(string networkInterfaceId) => _enis[networkInterfaceId].Addresses;

    public async Task<string> CreateGroupAsync(SecurityGroupType type = SecurityGroupType.Normal)
    {
        var id = (await Client.EcsAsync("CreateSecurityGroup", ("RegionId", _region), ("VpcId", Api.VpcId),
            ("SecurityGroupType", type == SecurityGroupType.Enterprise ? "enterprise" : "normal"), ("SecurityGroupName", "sg-test"))).Ok().Get("SecurityGroupId");
        _groups[id] = (type, type == SecurityGroupType.Normal ? InnerAccessPolicy.Accept : InnerAccessPolicy.Drop, []);
        _policies.Clear();
        return id;
    }

    public async Task<string> CreatePrefixListAsync(params string[] cidrs)
    {
        var parameters = new List<(string, string)> { ("RegionId", _region), ("PrefixListName", "mirror"), ("AddressFamily", "IPv4"), ("MaxEntries", "10") };
        parameters.AddRange(cidrs.Select((c, i) => ($"Entry.{i + 1}.Cidr", c)));
        var id = (await Client.EcsAsync("CreatePrefixList", [.. parameters])).Ok().Get("PrefixListId");
        _prefixLists[id] = AddressSet.FromCidrs(cidrs.Select(IpCidr.Parse));
        _policies.Clear();
        return id;
    }

    /// <summary>Authorizes one rule (fields as the API names them, without <c>Permissions.1.</c>) and records it with its id.</summary>
    public async Task<string?> AuthorizeAsync(string groupId, Direction direction, params (string Name, string Value)[] permission)
    {
        var before = (await RulesAsync(groupId)).Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var action = direction == Direction.Ingress ? "AuthorizeSecurityGroup" : "AuthorizeSecurityGroupEgress";
        (await Client.EcsAsync(action, [("RegionId", _region), ("SecurityGroupId", groupId), .. permission.Select(p => ($"Permissions.1.{p.Name}", p.Value))])).Ok();
        var added = (await RulesAsync(groupId)).Where(r => !before.Contains(r.RuleId)).ToArray();
        if (added.Length == 0)
        {
            return null; // an identical rule existed: nothing added
        }

        _groups[groupId].Rules.Add(Assert.Single(added));
        _policies.Clear();
        return added[0].RuleId;
    }

    public async Task RevokeAsync(string groupId, string ruleId)
    {
        var rule = _groups[groupId].Rules.Single(r => r.RuleId == ruleId);
        var action = rule.Direction == Direction.Ingress ? "RevokeSecurityGroup" : "RevokeSecurityGroupEgress";
        (await Client.EcsAsync(action, ("RegionId", _region), ("SecurityGroupId", groupId), ("SecurityGroupRuleId.1", ruleId))).Ok();
        _groups[groupId].Rules.Remove(rule);
        _policies.Clear();
    }

    public async Task SetPolicyAsync(string groupId, InnerAccessPolicy policy)
    {
        (await Client.EcsAsync("ModifySecurityGroupPolicy", ("RegionId", _region), ("SecurityGroupId", groupId), ("InnerAccessPolicy", policy.ToString()))).Ok();
        _groups[groupId] = _groups[groupId] with { Policy = policy };
        _policies.Clear();
    }

    public async Task<string> CreateNetworkInterfaceAsync(bool ipv6, params string[] groups)
    {
        (string, string)[] parameters = [("RegionId", _region), ("VSwitchId", Api.VSwitchId), .. groups.Select((g, i) => ($"SecurityGroupIds.{i + 1}", g))];
        var response = (await Client.EcsAsync("CreateNetworkInterface", ipv6 ? [.. parameters, ("Ipv6AddressCount", "1")] : parameters)).Ok();
        var id = response.Get("NetworkInterfaceId");
        List<NetworkAddress> addresses = [NetworkAddress.Parse(response.Get("PrivateIpAddress"))];
        addresses.AddRange(response.Element("Ipv6Sets.Ipv6Set").EnumerateArray().Select(e => NetworkAddress.Parse(e.GetProperty("Ipv6Address").GetString()!)));
        _enis[id] = (addresses, [.. groups]);
        _policies.Clear();
        return id;
    }

    public async Task JoinAsync(string networkInterfaceId, string groupId)
    {
        (await Client.EcsAsync("JoinSecurityGroup", ("RegionId", _region), ("SecurityGroupId", groupId), ("NetworkInterfaceId", networkInterfaceId))).Ok();
        _enis[networkInterfaceId].Groups.Add(groupId);
        _policies.Clear();
    }

    public async Task LeaveAsync(string networkInterfaceId, string groupId)
    {
        (await Client.EcsAsync("LeaveSecurityGroup", ("RegionId", _region), ("SecurityGroupId", groupId), ("NetworkInterfaceId", networkInterfaceId))).Ok();
        _enis[networkInterfaceId].Groups.Remove(groupId);
        _policies.Clear();
    }

    /// <summary>The ENI's effective policy, built by the domain from what the test recorded.</summary>
    public EffectivePolicy PolicyOf(string networkInterfaceId)
    {
        if (!_policies.TryGetValue(networkInterfaceId, out var policy))
        {
            policy = PolicyOfGroups(_enis[networkInterfaceId].Groups);
            _policies[networkInterfaceId] = policy;
        }

        return policy;
    }

    /// <summary>The effective policy an ENI holding <paramref name="groups"/> (in that order) has, optionally without one rule.</summary>
    public EffectivePolicy PolicyOfGroups(IEnumerable<string> groups, string? withoutRuleId = null)
    {
        var members = _groups.Keys.ToDictionary(g => g, g => AddressSet.FromAddresses(_enis.Values.Where(e => e.Groups.Contains(g)).SelectMany(e => e.Addresses)), StringComparer.Ordinal);
        var snapshots = groups.Select(g => new SecurityGroupSnapshot(g, _groups[g].Type, _groups[g].Policy, [.. _groups[g].Rules.Where(r => r.RuleId != withoutRuleId)], members[g], Api.VpcBlocks));
        return EffectivePolicyBuilder.Build([.. snapshots], new DictionaryPeerResolver(members, _prefixLists), EmulationOptions.Default).GetValueOrThrow();
    }

    /// <summary>The groups an ENI holds, in association order.</summary>
    public IReadOnlyList<string> GroupsOf(string networkInterfaceId) => _enis[networkInterfaceId].Groups;

    /// <summary>The reference's decision of each side (null for an external end) for a flow between the given ENIs (null: external).</summary>
    public (FilterDecision? Source, FilterDecision? Destination) Reference(Flow flow, string? source, string? destination) =>
        (source is null ? null : ReferenceEvaluator.Evaluate(PolicyOf(source).Egress, flow),
         destination is null ? null : ReferenceEvaluator.Evaluate(PolicyOf(destination).Ingress, flow));

    /// <summary>The rule a decision names, so a test can compare ids.</summary>
    public string? RuleIdOf(string networkInterfaceId, Direction direction, FilterDecision decision) =>
        decision.Reason == DecisionReason.Rule ? PolicyOf(networkInterfaceId).For(direction).Rules[decision.Index].Rule.RuleId : null;

    public string? GroupIdOf(string networkInterfaceId, Direction direction, FilterDecision decision) => decision.Reason switch
    {
        DecisionReason.Rule => PolicyOf(networkInterfaceId).For(direction).Rules[decision.Index].GroupId,
        DecisionReason.IntraGroup => PolicyOf(networkInterfaceId).For(direction).GroupIds[decision.Index],
        _ => null,
    };

    private async Task<ImmutableArray<SecurityGroupRule>> RulesAsync(string groupId)
    {
        var body = (await Client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", _region), ("SecurityGroupId", groupId))).Ok();
        return [.. body.Element("Permissions.Permission").EnumerateArray().Select(ToRule)];
    }

    private static SecurityGroupRule ToRule(JsonElement p)
    {
        string? Text(string name) => p.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s ? s : null;
        var direction = Text("Direction") == "egress" ? Direction.Egress : Direction.Ingress;
        var remotePrefix = direction == Direction.Ingress ? "Source" : "Dest";
        var localPrefix = direction == Direction.Ingress ? "Dest" : "Source";
        RemotePeer remote = Text($"{remotePrefix}CidrIp") is { } v4 ? new CidrPeer(IpCidr.Parse(v4))
            : Text($"Ipv6{remotePrefix}CidrIp") is { } v6 ? new CidrPeer(IpCidr.Parse(v6))
            : Text($"{remotePrefix}GroupId") is { } group ? new SecurityGroupPeer(group)
            : new PrefixListPeer(Text($"{remotePrefix}PrefixListId")!);
        var local = Text($"{localPrefix}CidrIp") ?? Text($"Ipv6{localPrefix}CidrIp");
        return new SecurityGroupRule
        {
            RuleId = Text("SecurityGroupRuleId")!,
            Direction = direction,
            Protocol = IpProtocol.Parse(Text("IpProtocol")!),
            DestinationPorts = PortRange.Parse(Text("PortRange")!),
            SourcePorts = Text("SourcePortRange") is { } sp ? PortRange.Parse(sp) : PortRange.All,
            Remote = remote,
            LocalCidr = local is null ? null : IpCidr.Parse(local),
            Policy = Text("Policy") == "Drop" ? RulePolicy.Drop : RulePolicy.Accept,
            Priority = int.Parse(Text("Priority")!, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
