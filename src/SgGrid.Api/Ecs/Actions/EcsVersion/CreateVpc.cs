using VpcActions = SgGrid.Api.Ecs.Actions;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>CreateVpc under ECS's version: <see cref="VpcActions.CreateVpc"/>, answering ECS's <c>{VpcId, VRouterId, RouteTableId}</c>.</summary>
public sealed class CreateVpc() : EcsVersionOfVpcAction(new VpcActions.CreateVpc())
{
    protected override object Project(object body) =>
        body is VpcActions.CreateVpc.Response created ? new Response(created.VpcId, created.VRouterId, created.RouteTableId) : body;

    public sealed record Response(string VpcId, string VRouterId, string RouteTableId);
}
