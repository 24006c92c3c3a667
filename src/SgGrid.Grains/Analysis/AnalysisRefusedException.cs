using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Analysis;

/// <summary>
/// An analysis stopped by one of its bounds (no silo slot within the wait, or past its time). It never leaves the grain:
/// the grain answers <see cref="Error"/>.
/// </summary>
public sealed class AnalysisRefusedException : Exception
{
    public AnalysisRefusedException(EcsError error)
        : base(error?.Message)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    public AnalysisRefusedException()
        : this(new EcsError(EcsErrorCodes.Throttling, "Request was denied due to request throttling."))
    {
    }

    public AnalysisRefusedException(string message)
        : this(new EcsError(EcsErrorCodes.Throttling, message))
    {
    }

    public AnalysisRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new EcsError(EcsErrorCodes.Throttling, message);
    }

    /// <summary>The answer the grain gives.</summary>
    public EcsError Error { get; }
}
