using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Plans;
using SgGrid.Domain.Validation;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>Security groups (DescribeSecurityGroups) and their policy (DescribeSecurityGroupAttribute).</summary>
internal sealed partial class SnapshotCheck
{
    private readonly Dictionary<string, PlannedSecurityGroup> _groups = new(StringComparer.Ordinal);

    private void CheckSecurityGroups()
    {
        var attributes = GroupAttributes();
        var permissions = new Dictionary<string, List<(SnapshotRule Permission, string Path)>>(StringComparer.Ordinal);
        foreach (var (group, path) in Items("DescribeSecurityGroups", snapshot.DescribeSecurityGroups, "SecurityGroups", a => a.SecurityGroups))
        {
            if (Id(group.SecurityGroupId, ResourceIds.SecurityGroupPrefix, $"{path}.SecurityGroupId") is not { } id || !IsFirst(_groups, id, $"{path}.SecurityGroupId"))
            {
                continue;
            }

            var vpc = Vpc(group.VpcId, $"{path}.VpcId");
            var type = SecurityGroupType.Normal;
            if (!string.IsNullOrEmpty(group.SecurityGroupType) && !EnumParsers.TryParseSecurityGroupType(group.SecurityGroupType, out type))
            {
                Problem($"{path}.SecurityGroupType", EcsErrorCodes.InvalidParameter, "The type is normal or enterprise.");
            }

            if (group.ServiceManaged == true)
            {
                Problem($"{path}.ServiceManaged", EcsErrorCodes.ResourceManagedByCloudProduct, "Groups managed by a cloud service are not imported.");
            }

            var policy = type == SecurityGroupType.Enterprise ? InnerAccessPolicy.Drop : InnerAccessPolicy.Accept;
            if (!attributes.Remove(id, out var answers))
            {
                Problem(path, EcsErrorCodes.MissingParameter, $"{id} has no DescribeSecurityGroupAttribute answer (its rules and policy).");
                answers = [];
            }
            else if (answers.Select(a => a.Answer.InnerAccessPolicy).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } policies
                && (policies.Count > 1 || !EnumParsers.TryParseInnerAccessPolicy(policies[0], out policy)))
            {
                Problem($"{answers[0].Path}.InnerAccessPolicy", EcsErrorCodes.InvalidParameter, "The internal access policy is Accept or Drop, the same in every answer of the group.");
            }

            if (vpc is null)
            {
                continue;
            }

            permissions[id] = [.. answers.SelectMany(a => PermissionsOf(a.Answer, a.Path))];
            _groups[id] = new PlannedSecurityGroup(
                id,
                vpc.VpcId,
                Name(group.SecurityGroupName, $"{path}.SecurityGroupName"),
                Description(group.Description, $"{path}.Description"),
                type,
                policy,
                group.ServiceManaged ?? false,
                group.ResourceGroupId ?? "",
                Tags(group.Tags, path),
                Time(group.CreationTime, $"{path}.CreationTime"),
                []);
        }

        foreach (var (id, answers) in attributes)
        {
            Problem($"{answers[0].Path}.SecurityGroupId", EcsErrorCodes.SecurityGroupNotFound, $"{id} is not in the snapshot's DescribeSecurityGroups.");
        }

        if (_groups.Count > context.Quotas.SecurityGroupsPerRegion)
        {
            Problem("$.DescribeSecurityGroups", EcsErrorCodes.SecurityGroupQuotaExceeded, $"The snapshot holds {_groups.Count} groups; the tenant may have {context.Quotas.SecurityGroupsPerRegion} in a region.");
        }

        // Rules last: they may reference any group of the snapshot.
        foreach (var (id, list) in permissions)
        {
            _groups[id] = _groups[id] with { Rules = Rules(_groups[id], list) };
        }
    }

    /// <summary>Every DescribeSecurityGroupAttribute answer by group id (a group may have several: directions, pages).</summary>
    private Dictionary<string, List<(DescribeSecurityGroupAttributeAnswer Answer, string Path)>> GroupAttributes()
    {
        var result = new Dictionary<string, List<(DescribeSecurityGroupAttributeAnswer, string)>>(StringComparer.Ordinal);
        for (var a = 0; a < snapshot.DescribeSecurityGroupAttribute.Count; a++)
        {
            var answer = snapshot.DescribeSecurityGroupAttribute[a];
            var path = $"$.DescribeSecurityGroupAttribute[{a}]";
            if (Id(answer.SecurityGroupId, ResourceIds.SecurityGroupPrefix, $"{path}.SecurityGroupId") is { } id)
            {
                (result.TryGetValue(id, out var list) ? list : result[id] = []).Add((answer, path));
            }
        }

        return result;
    }

    private static IEnumerable<(SnapshotRule Permission, string Path)> PermissionsOf(DescribeSecurityGroupAttributeAnswer answer, string path)
    {
        var items = answer.Permissions?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            yield return (items[i], $"{path}.Permissions.{answer.Permissions!.Name}[{i}]");
        }
    }
}
