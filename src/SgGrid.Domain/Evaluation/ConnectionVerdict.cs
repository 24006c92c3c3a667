namespace SgGrid.Domain.Evaluation;

/// <summary>The verdict on one connection (decision D13): the sender's egress AND the receiver's ingress.</summary>
public readonly record struct ConnectionVerdict(SideVerdict Source, SideVerdict Destination)
{
    public bool Allowed => Source.Allowed && Destination.Allowed;
}
