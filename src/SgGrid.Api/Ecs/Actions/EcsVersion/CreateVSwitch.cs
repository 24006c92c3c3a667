using VpcActions = SgGrid.Api.Ecs.Actions;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>CreateVSwitch under ECS's version: <see cref="VpcActions.CreateVSwitch"/>, answering <c>{VSwitchId}</c>.</summary>
public sealed class CreateVSwitch() : EcsVersionOfVpcAction(new VpcActions.CreateVSwitch());
