using System.Collections.Immutable;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Identifiers;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>Rule changes: validated by the domain, references checked against the referenced groups, then committed.</summary>
public sealed partial class SecurityGroupGrain
{
    public async Task<MutationResult> AuthorizeAsync(ResourceOwner caller, Direction direction, ImmutableArray<PermissionRequest> permissions, MutationOptions options)
    {
        if (CheckWritable(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var result = AuthorizeRequestValidator.Validate(
            new RuleTarget(GroupId, State.Type, direction), CurrentRules(), permissions.IsDefault ? [] : permissions,
            _options.Emulation, _options.QuotasFor(State.Owner?.AccountId), () => IdGenerator.New("sgr-"), MaxEntriesInFlight);
        if (!result.IsSuccess)
        {
            return MutationResult.Failure(result.Errors);
        }

        var added = result.Value!.Added;
        if (added.IsEmpty)
        {
            return MutationResult.Success(State.Version); // every rule already existed: success, nothing added (docs/semantics.md, D4)
        }

        var peerErrors = await AcquirePeersAsync(added);
        if (!peerErrors.IsEmpty)
        {
            return MutationResult.Failure(peerErrors);
        }

        // D5 with every list's size now known (AddUser told the new ones): the group's limit, then each member's.
        return await GrowAsync(RuleWeights.Of(added, MaxEntriesInFlight), added, async () =>
        {
            var now = DateTimeOffset.UtcNow;
            State.Rules.AddRange(added.Select(rule => new SecurityGroupRuleView(rule, now)));
            return await CommitAsync(options, membersChanged: false);
        });
    }

    public async Task<MutationResult> RevokeAsync(ResourceOwner caller, Direction direction, ImmutableArray<string> ruleIds, ImmutableArray<PermissionRequest> permissions, MutationOptions options)
    {
        if (CheckWritable(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var result = RevokeRequestMatcher.Match(
            new RuleTarget(GroupId, State.Type, direction), CurrentRules(), ruleIds.IsDefault ? [] : ruleIds,
            permissions.IsDefault ? [] : permissions, _options.Emulation, _options.QuotasFor(State.Owner?.AccountId));
        if (!result.IsSuccess)
        {
            return MutationResult.Failure(result.Errors);
        }

        var removed = result.Value!.Removed.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        if (removed.Count == 0)
        {
            return MutationResult.Success(State.Version); // no match: success, nothing deleted (docs/semantics.md, D4)
        }

        State.Rules.RemoveAll(r => removed.Contains(r.Rule.RuleId));
        await ReleaseUnusedPeersAsync();
        return await CommitAsync(options, membersChanged: false);
    }

    public async Task<MutationResult> ModifyRuleAsync(ResourceOwner caller, Direction direction, string ruleId, PermissionRequest changes, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (CheckWritable(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var index = State.Rules.FindIndex(r => r.Rule.RuleId == ruleId && r.Rule.Direction == direction);
        if (index < 0)
        {
            return MutationResult.Failure(ValidationErrors.UnknownRuleId(0, ruleId));
        }

        var current = State.Rules[index];
        var merged = PermissionRequests.Overlay(PermissionRequests.FromRule(current.Rule), changes, direction);
        var others = State.Rules.Where((_, i) => i != index).Select(r => r.Rule).ToArray();
        var result = AuthorizeRequestValidator.Validate(
            new RuleTarget(GroupId, State.Type, direction), others, [merged], _options.Emulation, _options.QuotasFor(State.Owner?.AccountId), () => ruleId);
        if (!result.IsSuccess)
        {
            return MutationResult.Failure(result.Errors);
        }

        if (result.Value!.Added.IsEmpty)
        {
            return MutationResult.Failure(new EcsError(EcsErrorCodes.DuplicatePermissions,
                "The modified rule would duplicate another rule of the security group."));
        }

        var modified = result.Value.Added[0];
        var families = await PrefixListFamiliesAsync(current.Rule.Remote, modified.Remote);
        if (AuthorizationObjectChange.Check(current.Rule, modified, id => families.GetValueOrDefault(id)) is { } changeError)
        {
            return MutationResult.Failure(changeError);
        }

        var peerErrors = await AcquirePeersAsync([modified]);
        if (!peerErrors.IsEmpty)
        {
            return MutationResult.Failure(peerErrors);
        }

        // Another prefix list may weigh more than the one replaced (D5).
        var delta = RuleWeights.Of(modified, MaxEntriesInFlight) - RuleWeights.Of(current.Rule, CommittedMaxEntries);
        return await GrowAsync(delta, [modified], async () =>
        {
            State.Rules[index] = current with { Rule = modified };
            await ReleaseUnusedPeersAsync();
            return await CommitAsync(options, membersChanged: false);
        });
    }

    public async Task<MutationResult> ModifyRuleDescriptionAsync(ResourceOwner caller, Direction direction, PermissionRequest match, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (CheckWritable(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        // The description is validated with the rule fields but never part of the match (docs/semantics.md, D4).
        var result = RevokeRequestMatcher.MatchPermissions(
            new RuleTarget(GroupId, State.Type, direction), CurrentRules(), [match], _options.Emulation, _options.QuotasFor(State.Owner?.AccountId));
        if (!result.IsSuccess)
        {
            return MutationResult.Failure(result.Errors);
        }

        var matched = result.Value!.Removed.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        if (matched.Count == 0)
        {
            return MutationResult.Failure(new EcsError(EcsErrorCodes.GroupAuthItemNotFound, "Specified group authorized item does not exist in our records."));
        }

        var description = match.Description ?? "";
        var changed = false;
        for (var i = 0; i < State.Rules.Count; i++)
        {
            var view = State.Rules[i];
            if (matched.Contains(view.Rule.RuleId) && view.Rule.Description != description)
            {
                State.Rules[i] = view with { Rule = view.Rule with { Description = description } };
                changed = true;
            }
        }

        return changed ? await CommitAsync(options, membersChanged: false) : MutationResult.Success(State.Version);
    }

    private SecurityGroupRule[] CurrentRules() => [.. State.Rules.Select(r => r.Rule)];

    /// <summary>The address families of the prefix lists two remotes name (only when both are lists, and different ones).</summary>
    private async Task<Dictionary<string, Domain.Addresses.IpFamily?>> PrefixListFamiliesAsync(RemotePeer current, RemotePeer modified)
    {
        var families = new Dictionary<string, Domain.Addresses.IpFamily?>(StringComparer.Ordinal);
        if (current is PrefixListPeer from && modified is PrefixListPeer to && from.PrefixListId != to.PrefixListId)
        {
            foreach (var id in new[] { from.PrefixListId, to.PrefixListId })
            {
                families[id] = (await GrainFactory.GetGrain<IPrefixListGrain>(id).GetInfoAsync(State.Owner!))?.AddressFamily;
            }
        }

        return families;
    }

    /// <summary>
    /// Checks the groups new rules reference (exist for this tenant or the named owner, same VPC, basic) and the
    /// prefix lists they use, then registers this group with them and records what they resolve to. All or nothing.
    /// </summary>
    private async Task<ImmutableArray<EcsError>> AcquirePeersAsync(IReadOnlyList<SecurityGroupRule> rules)
    {
        var errors = ImmutableArray.CreateBuilder<EcsError>();
        var newGroups = new List<string>();
        var newLists = new List<string>();
        foreach (var rule in rules)
        {
            var ingress = rule.Direction == Direction.Ingress;
            switch (rule.Remote)
            {
                case SecurityGroupPeer reference when !State.ReferencedGroups.ContainsKey(reference.GroupId) && !newGroups.Contains(reference.GroupId):
                    var info = await GrainFactory.GetGrain<ISecurityGroupGrain>(reference.GroupId).GetInfoAsync();
                    var namedOwner = reference.OwnerAccount ?? State.Owner!.AccountId;

                    // Another tenant's group answers exactly like an unknown id, also when its owner is named: a group
                    // of another account is never in this VPC, and any other answer would confirm that it exists
                    // (docs/semantics.md, "API-level choices").
                    if (info is null || info.Owner != State.Owner || namedOwner != State.Owner!.AccountId)
                    {
                        errors.Add(ResourceErrors.ReferencedGroupNotFound(ingress));
                    }
                    else if (info.VpcId != State.VpcId)
                    {
                        errors.Add(ResourceErrors.ReferencedGroupInOtherVpc(ingress));
                    }
                    else if (info.Type != SecurityGroupType.Normal)
                    {
                        errors.Add(ResourceErrors.ReferencedGroupIsAdvanced());
                    }
                    else
                    {
                        newGroups.Add(reference.GroupId);
                    }

                    break;
                case PrefixListPeer list when !State.PrefixLists.ContainsKey(list.PrefixListId) && !newLists.Contains(list.PrefixListId):
                    var listInfo = await GrainFactory.GetGrain<IPrefixListGrain>(list.PrefixListId).GetInfoAsync(State.Owner!);
                    if (listInfo is null)
                    {
                        errors.Add(ResourceErrors.PrefixListNotFound());
                    }
                    else if (RuleFamily(rule) is { } family && family != listInfo.AddressFamily)
                    {
                        errors.Add(ResourceErrors.PrefixListFamilyMismatch());
                    }
                    else
                    {
                        newLists.Add(list.PrefixListId);
                    }

                    break;
            }
        }

        if (errors.Count > 0)
        {
            return errors.ToImmutable();
        }

        foreach (var listId in newLists)
        {
            var entries = await GrainFactory.GetGrain<IPrefixListGrain>(listId).AddUserAsync(State.Owner!, this.GetGrainId());
            if (!entries.Succeeded)
            {
                await ReleaseListsAsync(newLists.TakeWhile(l => l != listId));
                return entries.Errors;
            }

            State.PrefixLists[listId] = entries.Value!.Entries;
            State.PrefixListMaxEntries[listId] = entries.Value.MaxEntries;
        }

        foreach (var groupId in newGroups)
        {
            State.ReferencedGroups[groupId] = await GrainFactory.GetGrain<ISecurityGroupGrain>(groupId).AddReferrerAsync(GroupId);
        }

        return [];
    }

    /// <summary>Unregisters from the groups and prefix lists no rule uses any more.</summary>
    private async Task ReleaseUnusedPeersAsync()
    {
        var usedGroups = State.Rules.Select(r => r.Rule.Remote).OfType<SecurityGroupPeer>().Select(p => p.GroupId).ToHashSet(StringComparer.Ordinal);
        foreach (var groupId in State.ReferencedGroups.Keys.Where(g => !usedGroups.Contains(g)).ToArray())
        {
            State.ReferencedGroups.Remove(groupId);
            await GrainFactory.GetGrain<ISecurityGroupGrain>(groupId).RemoveReferrerAsync(GroupId);
        }

        var usedLists = State.Rules.Select(r => r.Rule.Remote).OfType<PrefixListPeer>().Select(p => p.PrefixListId).ToHashSet(StringComparer.Ordinal);
        var unusedLists = State.PrefixLists.Keys.Where(l => !usedLists.Contains(l)).ToArray();
        foreach (var listId in unusedLists)
        {
            State.PrefixLists.Remove(listId);
            State.PrefixListMaxEntries.Remove(listId);
        }

        await ReleaseListsAsync(unusedLists);
    }

    private async Task ReleaseListsAsync(IEnumerable<string> listIds)
    {
        foreach (var listId in listIds)
        {
            await GrainFactory.GetGrain<IPrefixListGrain>(listId).RemoveUserAsync(this.GetGrainId());
        }
    }

    /// <summary>The address family a rule is bound to by its protocol or local CIDR, if any.</summary>
    private static Domain.Addresses.IpFamily? RuleFamily(SecurityGroupRule rule) =>
        rule.LocalCidr?.Family ?? (rule.Protocol == IpProtocol.Icmp ? Domain.Addresses.IpFamily.IPv4
            : rule.Protocol == IpProtocol.IcmpV6 ? Domain.Addresses.IpFamily.IPv6 : null);
}
