namespace SgGrid.Domain.Analysis;

/// <summary>A set-based analysis needed more boxes than <see cref="PacketRegion.MaxBoxes"/>: the answer would be exact but too costly.</summary>
public sealed class RegionTooComplexException : Exception
{
    public RegionTooComplexException()
    {
    }

    public RegionTooComplexException(string message) : base(message)
    {
    }

    public RegionTooComplexException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public RegionTooComplexException(int boxes) : base($"The analysis needed more than {PacketRegion.MaxBoxes} boxes ({boxes}).")
    {
    }
}
