namespace SgGrid.Domain.SecurityGroups;

/// <summary>Whether members of a basic group reach each other regardless of custom rules (<see cref="Accept"/>).</summary>
public enum InnerAccessPolicy : byte
{
    Accept = 0,
    Drop = 1,
}
