namespace SgGrid.Domain.Rules;

/// <summary>What a matching rule does. At equal priority <see cref="Drop"/> wins.</summary>
public enum RulePolicy : byte
{
    Accept = 0,
    Drop = 1,
}
