using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.Api.Simulation.Responses;

/// <summary>
/// One side of a verdict: the sender's egress (<c>SourceSide</c>) or the receiver's ingress (<c>DestinationSide</c>).
/// An external end is not evaluated and lets the flow through.
/// </summary>
public sealed record FlowSide
{
    /// <summary>The ENI whose filter decided, or absent for an external end.</summary>
    public string? NetworkInterfaceId { get; init; }

    public bool Evaluated { get; init; }

    public bool Allowed { get; init; }

    /// <summary><c>Rule</c>, <c>IntraGroup</c>, <c>Default</c> or <c>Platform</c>; absent when not evaluated.</summary>
    public string? Reason { get; init; }

    public string? SecurityGroupId { get; init; }

    public string? SecurityGroupRuleId { get; init; }

    public int? Priority { get; init; }

    /// <summary><c>Accept</c> or <c>Drop</c>, for a rule.</summary>
    public string? Policy { get; init; }

    /// <summary>The platform entry, for <c>Platform</c> (e.g. <c>outbound TCP 25</c>).</summary>
    public string? PlatformRule { get; init; }

    public static FlowSide External { get; } = new() { Evaluated = false, Allowed = true };

    public static FlowSide From(string networkInterfaceId, SideExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return new FlowSide
        {
            NetworkInterfaceId = networkInterfaceId,
            Evaluated = true,
            Allowed = explanation.Allowed,
            Reason = ReasonName(explanation.Reason),
            SecurityGroupId = explanation.SecurityGroupId,
            SecurityGroupRuleId = explanation.SecurityGroupRuleId,
            Priority = explanation.Priority,
            Policy = explanation.Policy is { } policy ? EnumParsers.ToEcsString(policy) : null,
            PlatformRule = explanation.PlatformRuleName,
        };
    }

    public static string ReasonName(DecisionReason reason) => reason switch
    {
        DecisionReason.Rule => "Rule",
        DecisionReason.IntraGroup => "IntraGroup",
        DecisionReason.Platform => "Platform",
        _ => "Default",
    };
}
