using System.Globalization;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Validation;

/// <summary>
/// Turns one <see cref="PermissionRequest"/> into a <see cref="SecurityGroupRule"/>, or every error that prevents it
/// (spec §1 and §4). Shared by <see cref="AuthorizeRequestValidator"/> and <see cref="RevokeRequestMatcher"/>.
/// </summary>
/// <remarks>
/// <para>Defaults: policy accept, priority 1, NicType intranet, <c>-1/-1</c> destination ports for protocols without
/// ports, unrestricted source ports, every local address, empty description.</para>
/// <para>Remote precedence (spec §1.4): a CIDR beats a group, and a prefix list counts only when neither a CIDR nor a
/// group is given; the losers, and the owner fields of a group that lost, are ignored.</para>
/// <para>Checks that need other groups (the referenced group exists, is basic, is in the same VPC, the prefix list
/// exists and has the rule's family) are not made here: the grains make them, knowing those groups.</para>
/// <para>One field's failure does not cascade: a check that depends on an invalid field is skipped.</para>
/// </remarks>
public static class PermissionParser
{
    /// <summary>The longest rule description, in characters (Unicode scalar values).</summary>
    public const int MaximumDescriptionLength = 512;

    public const int MinimumPriority = 1;
    public const int MaximumPriority = 100;

    /// <summary>Parses and validates <paramref name="permission"/>, the <paramref name="index"/>-th (1-based) of its request.</summary>
    public static DomainResult<ParsedRule> Parse(PermissionRequest permission, int index, RuleTarget target, EmulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(permission);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<EcsError>();
        var direction = target.Direction;
        var ingress = direction == Direction.Ingress;

        var protocol = ParseProtocol(permission.IpProtocol, index, options, errors);
        var destinationPorts = ParseDestinationPorts(permission, protocol, index, errors);
        var sourcePorts = ParseSourcePorts(permission.SourcePortRange, protocol, index, errors);
        var nicType = ParseNicType(permission.NicType, index, errors);

        var remote = ParseRemote(permission, index, target, nicType, errors);
        var local = ParseCidrPair(
            ingress ? permission.DestCidrIp : permission.SourceCidrIp,
            ingress ? permission.Ipv6DestCidrIp : permission.Ipv6SourceCidrIp,
            source: !ingress,
            index,
            errors);
        CheckAddresses(protocol, remote, local, index, direction, errors);

        var policy = ParsePolicy(permission.Policy, index, target.SecurityGroupType, options, errors);
        var (priority, priorityGiven) = ParsePriority(permission.Priority, index, errors);
        var description = ParseDescription(permission.Description, index, errors);

        if (errors.Count > 0)
        {
            return DomainResults.Failure<ParsedRule>(errors);
        }

        var rule = new SecurityGroupRule
        {
            RuleId = "",
            Direction = direction,
            Protocol = protocol!.Value,
            DestinationPorts = destinationPorts!.Value,
            SourcePorts = sourcePorts!.Value,
            Remote = remote.Peer!,
            LocalCidr = local.Cidr,
            Policy = policy!.Value,
            Priority = priority,

            // Every rule of a VPC group is stored as intranet and covers all traffic (spec §1.8).
            NicType = NicType.Intranet,
            Description = description,
        };
        return DomainResults.Success(new ParsedRule(rule, priorityGiven));
    }

    private static bool IsGiven([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) => !string.IsNullOrEmpty(text);

    private static IpProtocol? ParseProtocol(string? text, int index, EmulationOptions options, List<EcsError> errors)
    {
        if (!IsGiven(text))
        {
            errors.Add(ValidationErrors.MissingIpProtocol(index));
            return null;
        }

        if (!IpProtocol.TryParse(text, options.AcceptNumericProtocols, out var protocol))
        {
            errors.Add(ValidationErrors.IpProtocolNotSupported(index));
            return null;
        }

        return protocol;
    }

    private static PortRange? ParseDestinationPorts(PermissionRequest permission, IpProtocol? protocol, int index, List<EcsError> errors)
    {
        if (IsGiven(permission.PortRange))
        {
            // A PortRangeListId next to a PortRange is ignored (spec §1.3).
            if (!PortRange.TryParse(permission.PortRange, out var range))
            {
                errors.Add(ValidationErrors.InvalidPortRange(index));
                return null;
            }

            if (protocol is { } known && known.HasPorts == range.IsAll)
            {
                errors.Add(ValidationErrors.ProtocolPortMismatch(index));
                return null;
            }

            return range;
        }

        if (protocol is not { } parsed)
        {
            return null;
        }

        if (IsGiven(permission.PortRangeListId))
        {
            // Port range lists are not emulated: for TCP/UDP the list is unknown, other protocols cannot use one.
            errors.Add(parsed.HasPorts ? ValidationErrors.PortRangeListNotFound(index) : ValidationErrors.ProtocolNotSupportPortRangeList(index));
            return null;
        }

        if (parsed.HasPorts)
        {
            errors.Add(ValidationErrors.PortRangeMissing(index));
            return null;
        }

        return PortRange.All;
    }

    private static PortRange? ParseSourcePorts(string? text, IpProtocol? protocol, int index, List<EcsError> errors)
    {
        if (!IsGiven(text))
        {
            return PortRange.All;
        }

        if (!PortRange.TryParse(text, out var range) || (protocol is { HasPorts: false } && !range.IsAll))
        {
            errors.Add(ValidationErrors.InvalidSourcePortRange(index));
            return null;
        }

        return range;
    }

    private static NicType? ParseNicType(string? text, int index, List<EcsError> errors)
    {
        if (!IsGiven(text))
        {
            return NicType.Intranet;
        }

        if (!EnumParsers.TryParseNicType(text, out var nicType))
        {
            errors.Add(ValidationErrors.NicTypeNotSupported(index));
            return null;
        }

        return nicType;
    }

    private static ParsedRemote ParseRemote(PermissionRequest permission, int index, RuleTarget target, NicType? nicType, List<EcsError> errors)
    {
        var direction = target.Direction;
        var ingress = direction == Direction.Ingress;
        var ipv4Text = ingress ? permission.SourceCidrIp : permission.DestCidrIp;
        var ipv6Text = ingress ? permission.Ipv6SourceCidrIp : permission.Ipv6DestCidrIp;
        var groupId = ingress ? permission.SourceGroupId : permission.DestGroupId;
        var prefixListId = ingress ? permission.SourcePrefixListId : permission.DestPrefixListId;

        if (IsGiven(ipv4Text) || IsGiven(ipv6Text))
        {
            var cidrs = ParseCidrPair(ipv4Text, ipv6Text, source: ingress, index, errors);
            return new ParsedRemote(cidrs.Cidr is { } cidr ? new CidrPeer(cidr) : null, cidrs.Cidr);
        }

        if (IsGiven(groupId))
        {
            return new ParsedRemote(ParseGroupReference(permission, groupId, index, target, nicType, errors), null);
        }

        if (IsGiven(prefixListId))
        {
            return new ParsedRemote(new PrefixListPeer(prefixListId), null);
        }

        errors.Add(ValidationErrors.MissingRemote(index, direction));
        return new ParsedRemote(null, null);
    }

    private static SecurityGroupPeer? ParseGroupReference(
        PermissionRequest permission, string groupId, int index, RuleTarget target, NicType? nicType, List<EcsError> errors)
    {
        var direction = target.Direction;
        var ingress = direction == Direction.Ingress;
        var errorCount = errors.Count;
        if (target.SecurityGroupType == SecurityGroupType.Enterprise)
        {
            errors.Add(ValidationErrors.GroupReferenceInAdvancedGroup(index));
        }

        if (string.Equals(groupId, target.SecurityGroupId, StringComparison.Ordinal))
        {
            errors.Add(ValidationErrors.SelfReference(index, direction));
        }

        if (nicType == NicType.Internet)
        {
            errors.Add(ValidationErrors.GroupReferenceNeedsIntranet(index, direction));
        }

        var ownerAccount = ingress ? permission.SourceGroupOwnerAccount : permission.DestGroupOwnerAccount;
        var ownerId = ingress ? permission.SourceGroupOwnerId : permission.DestGroupOwnerId;
        if (IsGiven(ownerId) && !long.TryParse(ownerId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(ValidationErrors.InvalidGroupOwnerId(index, direction));
        }

        // Both owner fields empty = the caller's account. The account name wins over the id when both are given.
        var owner = IsGiven(ownerAccount) ? ownerAccount : IsGiven(ownerId) ? ownerId : null;
        return errors.Count == errorCount ? new SecurityGroupPeer(groupId, owner) : null;
    }

    /// <summary>One side's IPv4 and IPv6 fields: at most one may be given, and it must hold its family.</summary>
    private static ParsedCidr ParseCidrPair(string? ipv4Text, string? ipv6Text, bool source, int index, List<EcsError> errors)
    {
        var ipv4Name = source ? "SourceCidrIp" : "DestCidrIp";
        var ipv6Name = source ? "Ipv6SourceCidrIp" : "Ipv6DestCidrIp";
        var ipv4 = ParseCidr(ipv4Text, IpFamily.IPv4, ipv4Name, index, errors);
        var ipv6 = ParseCidr(ipv6Text, IpFamily.IPv6, ipv6Name, index, errors);
        if (IsGiven(ipv4Text) && IsGiven(ipv6Text))
        {
            errors.Add(ValidationErrors.BothAddressFamilies(index, source));
            return new ParsedCidr(null);
        }

        return new ParsedCidr(ipv4 ?? ipv6);
    }

    private static IpCidr? ParseCidr(string? text, IpFamily family, string fieldName, int index, List<EcsError> errors)
    {
        if (!IsGiven(text))
        {
            return null;
        }

        if (!IpCidr.TryParse(text, out var cidr) || cidr.Family != family)
        {
            errors.Add(ValidationErrors.MalformedCidr(index, fieldName));
            return null;
        }

        return cidr;
    }

    private static void CheckAddresses(IpProtocol? protocol, ParsedRemote remote, ParsedCidr local, int index, Direction direction, List<EcsError> errors)
    {
        if (remote.Cidr is { } remoteCidr && local.Cidr is { } localCidr)
        {
            if (remoteCidr.Family != localCidr.Family)
            {
                errors.Add(ValidationErrors.LocalFamilyMismatch(index, direction));
            }
            else if (remoteCidr == localCidr)
            {
                errors.Add(ValidationErrors.SameSourceAndDestination(index));
            }
        }

        if (protocol is not { IsAll: false } known)
        {
            return;
        }

        bool Has(IpFamily family) => remote.Cidr?.Family == family || local.Cidr?.Family == family;
        if (known.Number == IpProtocol.IcmpNumber && Has(IpFamily.IPv6))
        {
            errors.Add(ValidationErrors.Ipv4ProtocolConflictWithIpv6Address(index));
        }
        else if (known.Number == IpProtocol.IcmpV6Number && Has(IpFamily.IPv4))
        {
            errors.Add(ValidationErrors.Ipv6ProtocolConflictWithIpv4Address(index));
        }
    }

    private static RulePolicy? ParsePolicy(string? text, int index, SecurityGroupType groupType, EmulationOptions options, List<EcsError> errors)
    {
        if (!IsGiven(text))
        {
            return RulePolicy.Accept;
        }

        if (!EnumParsers.TryParseRulePolicy(text, out var policy))
        {
            errors.Add(ValidationErrors.InvalidPolicy(index));
            return null;
        }

        if (policy == RulePolicy.Drop && groupType == SecurityGroupType.Enterprise && !options.AdvancedGroupsAllowDrop)
        {
            errors.Add(ValidationErrors.DropInAdvancedGroup(index));
            return null;
        }

        return policy;
    }

    private static (int Priority, bool Given) ParsePriority(string? text, int index, List<EcsError> errors)
    {
        if (!IsGiven(text))
        {
            return (MinimumPriority, false);
        }

        var trimmed = text.AsSpan().Trim();
        var digits = trimmed.Length > 0 && trimmed[0] is '+' or '-' ? trimmed[1..] : trimmed;
        if (digits.IsEmpty || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            errors.Add(ValidationErrors.InvalidPriority(index));
            return (0, true);
        }

        // An integer, but perhaps too large for int: still an integer outside 1-100.
        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var priority) ||
            priority is < MinimumPriority or > MaximumPriority)
        {
            errors.Add(ValidationErrors.PriorityNotSupported(index));
            return (0, true);
        }

        return (priority, true);
    }

    private static string ParseDescription(string? text, int index, List<EcsError> errors)
    {
        if (!IsGiven(text))
        {
            return "";
        }

        // Control characters are refused in descriptions as ECS refuses them in names (docs/semantics.md, "Request gateway").
        if (text.EnumerateRunes().Count() > MaximumDescriptionLength || text.Any(char.IsControl))
        {
            errors.Add(ValidationErrors.InvalidDescription(index));
        }

        return text;
    }

    /// <summary>The remote peer (null when invalid or missing) and, when it is a CIDR, the block.</summary>
    private readonly record struct ParsedRemote(RemotePeer? Peer, IpCidr? Cidr);

    /// <summary>The valid CIDR of one side, or null when absent or invalid.</summary>
    private readonly record struct ParsedCidr(IpCidr? Cidr);
}
