using VpcActions = SgGrid.Api.Ecs.Actions;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>DeleteVpc under ECS's version: <see cref="VpcActions.DeleteVpc"/>, answering <c>{RequestId}</c>.</summary>
public sealed class DeleteVpc() : EcsVersionOfVpcAction(new VpcActions.DeleteVpc());
