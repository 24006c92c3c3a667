using System.Diagnostics.CodeAnalysis;
using VpcActions = SgGrid.Api.Ecs.Actions;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>ModifyVSwitchAttribute under ECS's version: <see cref="VpcActions.ModifyVSwitchAttribute"/>, answering <c>{RequestId}</c>.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the ECS action.")]
public sealed class ModifyVSwitchAttribute() : EcsVersionOfVpcAction(new VpcActions.ModifyVSwitchAttribute());
