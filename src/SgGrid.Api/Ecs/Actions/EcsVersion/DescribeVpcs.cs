using VpcActions = SgGrid.Api.Ecs.Actions;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>DescribeVpcs under ECS's version: <see cref="VpcActions.DescribeVpcs"/>, each VPC cut to ECS's model's fields.</summary>
public sealed class DescribeVpcs() : EcsVersionOfVpcAction(new VpcActions.DescribeVpcs())
{
    protected override object Project(object body) =>
        body is VpcActions.DescribeVpcs.Response page
            ? new Response(page.PageNumber, page.PageSize, page.TotalCount, new VpcList([.. page.Vpcs.Vpc.Select(v => new Vpc(
                v.VpcId, v.VpcName, v.Description, v.RegionId, v.Status, v.CidrBlock, v.CreationTime, v.VRouterId, v.IsDefault, v.VSwitchIds, v.UserCidrs))]))
            : body;

    public sealed record Response(int PageNumber, int PageSize, int TotalCount, VpcList Vpcs);

    public sealed record VpcList(IReadOnlyList<Vpc> Vpc);

    /// <summary>One VPC as ECS's <c>DescribeVpcsResponseBodyVpcsVpc</c> names its fields.</summary>
    public sealed record Vpc(
        string VpcId,
        string VpcName,
        string Description,
        string RegionId,
        string Status,
        string CidrBlock,
        string CreationTime,
        string VRouterId,
        bool IsDefault,
        VpcActions.DescribeVpcs.VSwitchIdList VSwitchIds,
        VpcActions.DescribeVpcs.UserCidrList UserCidrs);
}
