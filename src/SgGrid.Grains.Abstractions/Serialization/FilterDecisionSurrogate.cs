using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="FilterDecision"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.decision")]
public struct FilterDecisionSurrogate
{
    [Id(0)] public bool Allowed;
    [Id(1)] public DecisionReason Reason;
    [Id(2)] public int Index;
}
