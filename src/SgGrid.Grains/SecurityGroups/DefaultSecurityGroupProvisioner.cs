using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// Decision D8: finds a VPC's default security group, creating it (with its default rules) on first use.
/// </summary>
/// <remarks>
/// Safe when several launches race in a fresh VPC: the VPC hands every caller the same reserved id; creating a group
/// that exists answers <c>InvalidSecurityGroupId.AlreadyExists</c>, which is fine; and every caller that finds the group
/// untouched since its creation (version 1: no rule and no member yet) authorizes the default rules, which is idempotent
/// (identical rules are accepted and not added, spec §6). So each caller returns only once the rules are in place, and a
/// group its owner has changed since is left alone.
/// </remarks>
internal static class DefaultSecurityGroupProvisioner
{
    public static async Task<Outcome<string>> EnsureAsync(IGrainFactory grains, ResourceOwner owner, string vpcId, DefaultSecurityGroup template)
    {
        var reserved = await grains.GetGrain<IVpcGrain>(vpcId).GetOrReserveDefaultSecurityGroupIdAsync(owner);
        if (!reserved.Succeeded)
        {
            return reserved;
        }

        var groupId = reserved.Value!;
        var group = grains.GetGrain<ISecurityGroupGrain>(groupId);
        var created = await group.CreateAsync(new SecurityGroupSpec
        {
            Owner = owner,
            VpcId = vpcId,
            Name = template.Name,
            Description = template.Description,
            Type = SecurityGroupType.Normal,
        });
        if (!created.Succeeded)
        {
            if (created.Errors[0].Code != EcsErrorCodes.SecurityGroupAlreadyExists)
            {
                return Outcomes.Failure<string>(created.Errors);
            }

            var info = await group.GetInfoAsync();
            if (info is null)
            {
                return Outcomes.Failure<string>(Errors.ResourceErrors.SecurityGroupNotFound()); // deleted just now
            }

            if (info.Version > 1)
            {
                return Outcomes.Success(groupId); // set up already, or changed by its owner since: leave it alone
            }
        }

        foreach (var (direction, permissions) in new[] { (Direction.Ingress, template.Ingress), (Direction.Egress, template.Egress) })
        {
            if (permissions.IsDefaultOrEmpty)
            {
                continue;
            }

            var authorized = await group.AuthorizeAsync(owner, direction, permissions, MutationOptions.Default);
            if (!authorized.Succeeded)
            {
                return Outcomes.Failure<string>(authorized.Errors);
            }
        }

        return Outcomes.Success(groupId);
    }
}
