namespace SgGrid.Domain.Rules;

/// <summary>Which traffic a rule or filter governs, seen from the ENI: towards it (ingress) or leaving it (egress).</summary>
public enum Direction : byte
{
    Ingress = 0,
    Egress = 1,
}
