using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;

namespace SgGrid.Api.Ecs.SecurityGroups;

/// <summary>
/// The rule parameters of the Authorize, Revoke and Modify rule actions, bound into the domain's
/// <see cref="PermissionRequest"/>: <c>Permissions.N.*</c> entries (N 1-based), or the deprecated flat fields of one rule.
/// </summary>
/// <remarks>
/// <para>Which fields exist depends on the direction, as the SDK request models list them. Ingress: the remote is
/// <c>Source*</c> (CIDR, IPv6 CIDR, group, prefix list) and the optional local address <c>DestCidrIp</c> /
/// <c>Ipv6DestCidrIp</c>. Egress: the remote is <c>Dest*</c> and the local address <c>SourceCidrIp</c> /
/// <c>Ipv6SourceCidrIp</c>. Fields of the other direction are not read.</para>
/// <para>The values stay raw strings: the domain validates them with ECS's codes. Only what would otherwise reach a
/// grain as a key is checked here: a group or prefix-list id that cannot be one is reported as not found.</para>
/// </remarks>
public static class PermissionParameters
{
    /// <summary>The collection parameter, <c>Permissions.N.*</c>.</summary>
    public const string Collection = "Permissions";

    private static readonly ImmutableArray<string> Common =
        ["IpProtocol", "PortRange", "SourcePortRange", "SourceCidrIp", "Ipv6SourceCidrIp", "DestCidrIp", "Ipv6DestCidrIp", "Policy", "Priority", "NicType", "Description", "PortRangeListId"];

    private static readonly ImmutableArray<string> IngressRemote = ["SourceGroupId", "SourceGroupOwnerAccount", "SourceGroupOwnerId", "SourcePrefixListId"];

    private static readonly ImmutableArray<string> EgressRemote = ["DestGroupId", "DestGroupOwnerAccount", "DestGroupOwnerId", "DestPrefixListId"];

    /// <summary>The field names of one rule in <paramref name="direction"/>'s actions (flat or inside <c>Permissions.N</c>).</summary>
    public static ImmutableArray<string> FieldsOf(Direction direction) =>
        [.. Common, .. direction == Direction.Ingress ? IngressRemote : EgressRemote];

    /// <summary>Whether the request carries any deprecated flat rule field of <paramref name="direction"/>.</summary>
    public static bool HasFlatFields(ParameterReader reader, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return FieldsOf(direction).Any(reader.Has);
    }

    /// <summary>Whether the request carries any <c>Permissions.N.*</c> entry.</summary>
    public static bool HasEntries(ParameterReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var prefix = Collection + ".";
        return reader.Parameters.Names.Any(name => name.StartsWith(prefix, StringComparison.Ordinal) && reader.Parameters.Get(name) is not null);
    }

    /// <summary>
    /// The request's rules: its <c>Permissions.N</c> entries in N order, or the flat fields as one rule, or none.
    /// Both forms together are <c>InvalidParam.Permissions</c>, and so are more than <paramref name="maxCount"/> entries.
    /// </summary>
    public static ImmutableArray<PermissionRequest> Read(ParameterReader reader, Direction direction, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var flat = HasFlatFields(reader, direction);
        if (!HasEntries(reader))
        {
            return flat ? [ReadOne(reader, direction)] : [];
        }

        if (flat)
        {
            reader.Fail(ValidationErrors.MixedPermissionForms());
            return [];
        }

        var entries = reader.Objects(Collection, int.MaxValue);
        if (entries.Count > maxCount)
        {
            reader.Fail(ValidationErrors.TooManyPermissions(Collection, maxCount));
            return [];
        }

        var permissions = ImmutableArray.CreateBuilder<PermissionRequest>(entries.Count);
        foreach (var (_, entry) in entries)
        {
            permissions.Add(ReadOne(entry, direction));
            reader.Absorb(entry);
        }

        return permissions.MoveToImmutable();
    }

    /// <summary>One rule from the fields <paramref name="reader"/> holds (the flat fields, or one <c>Permissions.N</c> entry).</summary>
    public static PermissionRequest ReadOne(ParameterReader reader, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ingress = direction == Direction.Ingress;
        var groupId = Id(reader, ingress ? "SourceGroupId" : "DestGroupId", ResourceIds.SecurityGroupPrefix, SecurityGroupErrors.ReferencedGroupNotFound(direction));
        var prefixListId = Id(reader, ingress ? "SourcePrefixListId" : "DestPrefixListId", ResourceIds.PrefixListPrefix, SecurityGroupErrors.PrefixListNotFound());
        var ownerAccount = reader.Optional(ingress ? "SourceGroupOwnerAccount" : "DestGroupOwnerAccount", TenantRegion.MaxIdLength);
        var ownerId = reader.Optional(ingress ? "SourceGroupOwnerId" : "DestGroupOwnerId", TenantRegion.MaxIdLength);
        return new PermissionRequest
        {
            IpProtocol = reader.Optional("IpProtocol"),
            PortRange = reader.Optional("PortRange"),
            SourcePortRange = reader.Optional("SourcePortRange"),
            SourceCidrIp = reader.Optional("SourceCidrIp"),
            Ipv6SourceCidrIp = reader.Optional("Ipv6SourceCidrIp"),
            DestCidrIp = reader.Optional("DestCidrIp"),
            Ipv6DestCidrIp = reader.Optional("Ipv6DestCidrIp"),
            SourceGroupId = ingress ? groupId : null,
            SourceGroupOwnerAccount = ingress ? ownerAccount : null,
            SourceGroupOwnerId = ingress ? ownerId : null,
            SourcePrefixListId = ingress ? prefixListId : null,
            DestGroupId = ingress ? null : groupId,
            DestGroupOwnerAccount = ingress ? null : ownerAccount,
            DestGroupOwnerId = ingress ? null : ownerId,
            DestPrefixListId = ingress ? null : prefixListId,
            Policy = reader.Optional("Policy"),
            Priority = reader.Optional("Priority"),
            NicType = reader.Optional("NicType"),

            // The domain counts the description's characters (1-512) and answers its own code.
            Description = reader.Optional("Description", int.MaxValue),
            PortRangeListId = reader.Optional("PortRangeListId"),
        };
    }

    /// <summary>An id that a grain would be asked about: one that cannot exist is not found, before any grain is touched.</summary>
    private static string? Id(ParameterReader reader, string name, string prefix, Domain.Errors.EcsError notFound)
    {
        var id = reader.Parameters.Get(name);
        if (id is null)
        {
            return null;
        }

        if (!TenantRegion.IsId(id, prefix))
        {
            reader.Fail(notFound);
            return null;
        }

        return id;
    }
}
