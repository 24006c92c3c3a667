using VpcActions = SgGrid.Api.Ecs.Actions;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>DeleteVSwitch under ECS's version: <see cref="VpcActions.DeleteVSwitch"/>, answering <c>{RequestId}</c>.</summary>
public sealed class DeleteVSwitch() : EcsVersionOfVpcAction(new VpcActions.DeleteVSwitch());
