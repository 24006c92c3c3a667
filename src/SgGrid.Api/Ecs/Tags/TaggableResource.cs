using System.Collections.Immutable;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Api.Ecs.Tags;

/// <summary>
/// A <c>ResourceType</c> the tag actions accept: ECS's <c>instance</c>, <c>securitygroup</c>, <c>eni</c> and
/// <c>prefixlist</c>; VPC's <c>VPC</c> and <c>VSWITCH</c>. Each reads and changes the tags its resource's own grain keeps.
/// </summary>
public sealed class TaggableResource
{
    private readonly Func<TenantRegion, string, Task<ImmutableDictionary<string, string>?>> _read;
    private readonly Func<TenantRegion, string, TagChange, Task<MutationResult>> _change;

    private TaggableResource(
        string type,
        ResourceKind kind,
        string idPrefix,
        Func<TenantRegion, string, Task<ImmutableDictionary<string, string>?>> read,
        Func<TenantRegion, string, TagChange, Task<MutationResult>> change)
    {
        Type = type;
        Kind = kind;
        IdPrefix = idPrefix;
        _read = read;
        _change = change;
    }

    /// <summary>The type as the answers spell it (<c>securitygroup</c>, <c>VPC</c>).</summary>
    public string Type { get; }

    public ResourceKind Kind { get; }

    public string IdPrefix { get; }

    /// <summary>ECS's taggable types SgGrid emulates.</summary>
    public static IReadOnlyList<TaggableResource> Ecs { get; } =
    [
        new("instance", ResourceKind.Instance, ResourceIds.InstancePrefix,
            async (region, id) => (await region.FindInstanceAsync(id))?.Tags,
            (region, id, change) => region.Instance(id).ChangeTagsAsync(region.Owner, change)),
        new("securitygroup", ResourceKind.SecurityGroup, ResourceIds.SecurityGroupPrefix,
            async (region, id) => (await region.FindSecurityGroupAsync(id))?.Tags,
            (region, id, change) => region.SecurityGroup(id).ChangeTagsAsync(region.Owner, change)),
        new("eni", ResourceKind.NetworkInterface, ResourceIds.NetworkInterfacePrefix,
            async (region, id) => (await region.FindNetworkInterfaceAsync(id))?.Tags,
            (region, id, change) => region.NetworkInterface(id).ChangeTagsAsync(region.Owner, change)),
        new("prefixlist", ResourceKind.PrefixList, ResourceIds.PrefixListPrefix,
            async (region, id) => (await region.FindPrefixListAsync(id))?.Tags,
            (region, id, change) => region.PrefixList(id).ChangeTagsAsync(region.Owner, change)),
    ];

    /// <summary>VPC's taggable types SgGrid emulates.</summary>
    public static IReadOnlyList<TaggableResource> Vpc { get; } =
    [
        new("VPC", ResourceKind.Vpc, ResourceIds.VpcPrefix,
            async (region, id) => (await region.FindVpcAsync(id))?.Tags,
            (region, id, change) => region.Vpc(id).ChangeTagsAsync(region.Owner, change)),
        new("VSWITCH", ResourceKind.VSwitch, ResourceIds.VSwitchPrefix,
            async (region, id) => (await region.FindVSwitchAsync(id))?.Tags,
            (region, id, change) => region.VSwitch(id).ChangeTagsAsync(region.Owner, change)),
    ];

    /// <summary>The type named <paramref name="type"/> among <paramref name="types"/>, ignoring case, or null.</summary>
    public static TaggableResource? Find(IReadOnlyList<TaggableResource> types, string type)
    {
        ArgumentNullException.ThrowIfNull(types);
        return types.FirstOrDefault(t => string.Equals(t.Type, type, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The resource's tags, or null when it is not the tenant's (or does not exist).</summary>
    public Task<ImmutableDictionary<string, string>?> ReadAsync(TenantRegion region, string id) =>
        TenantRegion.IsId(id, IdPrefix) ? _read(region, id) : Task.FromResult<ImmutableDictionary<string, string>?>(null);

    public Task<MutationResult> ChangeAsync(TenantRegion region, string id, TagChange change) => _change(region, id, change);

    /// <summary><c>InvalidResourceType.NotFound</c> (404): a type SgGrid does not tag.</summary>
    public static EcsError TypeNotFound(string type) =>
        new("InvalidResourceType.NotFound", $"The ResourceType \"{type}\" provided does not exist in our records.");

    /// <summary><c>InvalidResourceId.NotFound</c> (404): no resource of the type and tenant has the id.</summary>
    public static EcsError ResourceNotFound(string id) =>
        new("InvalidResourceId.NotFound", $"The specified ResourceId \"{id}\" does not exist.");
}
