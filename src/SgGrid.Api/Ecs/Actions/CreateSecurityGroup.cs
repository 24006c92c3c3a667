using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// CreateSecurityGroup: a basic (<c>normal</c>, default) or advanced (<c>enterprise</c>) group in a VPC, with no rules.
/// SgGrid emulates VPCs only, so <c>VpcId</c> is required (classic-network groups do not exist here).
/// </summary>
/// <remarks>
/// <c>ServiceManaged</c> is not a public parameter: <c>true</c> is refused (<c>Forbidden.ServiceManaged</c>) unless the
/// AccessKey is configured as a cloud service of its account (<see cref="Tenancy.TenantOptions.CloudService"/>).
/// </remarks>
public sealed class CreateSecurityGroup : IRpcAction
{
    public string Name => nameof(CreateSecurityGroup);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var vpcId = reader.Required("VpcId", 64);
        var name = ResourceNames.Read(reader, "SecurityGroupName");
        var description = reader.Text("Description", 2, 256, noUrl: true);
        var type = reader.Parse<SecurityGroupType>("SecurityGroupType", (string text, out SecurityGroupType value) => EnumParsers.TryParseSecurityGroupType(text, out value));
        var serviceManaged = reader.Bool("ServiceManaged") ?? false;
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var tags = TagParameters.Read(reader);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (serviceManaged && !context.Tenant.CloudService)
        {
            return new Domain.Errors.EcsError(Domain.Errors.EcsErrorCodes.ServiceManagedNotPublic,
                "ServiceManaged is not a public parameter: managed security groups are created by cloud services.");
        }

        if (await region!.FindVpcAsync(vpcId) is null)
        {
            return Domain.Networks.NetworkErrors.VpcNotFound(vpcId);
        }

        var groupId = ResourceIds.NewSecurityGroupId(Random.Shared);
        var created = await region.SecurityGroup(groupId).CreateAsync(new SecurityGroupSpec
        {
            Owner = region.Owner,
            VpcId = vpcId,
            Name = name ?? "",
            Description = description ?? "",
            Type = type ?? SecurityGroupType.Normal,
            ServiceManaged = serviceManaged,
            ResourceGroupId = resourceGroupId ?? "",
            Tags = tags,
        });
        return created.Succeeded ? RpcResult.Ok(new Response(groupId)) : RpcResult.Fail(created.Errors);
    }

    public sealed record Response(string SecurityGroupId);
}
