namespace SgGrid.Domain.Rules;

/// <summary>The network a rule applies to. In a VPC every rule is stored as <see cref="Intranet"/> and covers all traffic.</summary>
public enum NicType : byte
{
    Intranet = 0,
    Internet = 1,
}
