using VpcActions = SgGrid.Api.Ecs.Actions;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>DescribeVSwitches under ECS's version: <see cref="VpcActions.DescribeVSwitches"/>, each vSwitch cut to ECS's model's fields.</summary>
public sealed class DescribeVSwitches() : EcsVersionOfVpcAction(new VpcActions.DescribeVSwitches())
{
    protected override object Project(object body) =>
        body is VpcActions.DescribeVSwitches.Response page
            ? new Response(page.PageNumber, page.PageSize, page.TotalCount, new VSwitchList([.. page.VSwitches.VSwitch.Select(s => new VSwitch(
                s.VSwitchId, s.VSwitchName, s.Description, s.VpcId, s.ZoneId, s.CidrBlock, s.Status, s.AvailableIpAddressCount, s.IsDefault, s.CreationTime, s.ResourceGroupId))]))
            : body;

    public sealed record Response(int PageNumber, int PageSize, int TotalCount, VSwitchList VSwitches);

    public sealed record VSwitchList(IReadOnlyList<VSwitch> VSwitch);

    /// <summary>One vSwitch as ECS's <c>DescribeVSwitchesResponseBodyVSwitchesVSwitch</c> names its fields.</summary>
    public sealed record VSwitch(
        string VSwitchId,
        string VSwitchName,
        string Description,
        string VpcId,
        string ZoneId,
        string CidrBlock,
        string Status,
        long AvailableIpAddressCount,
        bool IsDefault,
        string CreationTime,
        string ResourceGroupId);
}
